// After every test: drop the shared database made by global-setup.ts.
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { dropSharedDatabase?: () => Promise<void> }).dropSharedDatabase?.();
}
