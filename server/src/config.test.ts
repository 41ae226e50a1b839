// Configuration is refused with a clear message when a value is wrong, TRUST_PROXY above all: "true" would believe
// any X-Forwarded-For a client makes up, so only a hop count or the proxies' addresses are taken.
import { ConfigError, loadConfig } from './config';

const withProxy = (value: string) => loadConfig({ NODE_ENV: 'test', TRUST_PROXY: value }).TRUST_PROXY;

test('TRUST_PROXY takes a number of proxies or their addresses, and nothing is trusted by default', () => {
  expect(loadConfig({ NODE_ENV: 'test' }).TRUST_PROXY).toBe(0);
  expect(withProxy('false')).toBe(0);
  expect(withProxy('1')).toBe(1);
  expect(withProxy('loopback, 10.0.0.0/8, 2001:db8::1')).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
});

test.each(['true', 'TRUE', 'nginx', '10.0.0/8', '1.5'])(
  'TRUST_PROXY=%s is refused with what to give instead',
  (value) => {
    expect(() => withProxy(value)).toThrow(ConfigError);
    expect(() => withProxy(value)).toThrow(/TRUST_PROXY/);
  },
);
