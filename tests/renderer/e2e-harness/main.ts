// The e2e entry: the app's own entry, once the api module talks to the test's core. Modules run in
// import order, so the transport is in place before the app renders and makes its first call.
import './installCoreTransport'
import './installEventSource'
import '../../../src/renderer/src/main'
