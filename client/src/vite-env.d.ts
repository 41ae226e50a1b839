// Vite's client types: `?url` imports and import.meta.env.
/// <reference types="vite/client" />
