/**
 * Local HTTP servers for a test file: `const localServer = localServers()` at its top registers the file's
 * teardown (each server closed, its connections too, after every test). A function, not a hook run on import:
 * the unit files share one module graph, and a module is evaluated once for all of them.
 */
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

export function localServers() {
  const servers: Server[] = []
  afterEach(async () => {
    await Promise.all(
      servers.splice(0).map(
        (s) =>
          new Promise((resolve) => {
            s.closeAllConnections()
            s.close(resolve)
          }),
      ),
    )
  })
  /** A server on 127.0.0.1 answering with listener, closed after the test (if the test has not closed it). */
  return async (listener: RequestListener): Promise<{ url: string; server: Server }> => {
    const server = createServer(listener)
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
  }
}
