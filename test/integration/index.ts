// extensionTestsPath entry of the integration suites: the shared runner runs the compiled
// *.test.js files next to this bundle (see test/host/README.md).
export { run } from './runner';
