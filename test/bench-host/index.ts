// extensionTestsPath entry of the editor benchmark: the shared runner runs latency.test.js.
export { run } from '../integration/runner';
