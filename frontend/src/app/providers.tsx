import type { ReactNode } from 'react'
import { AntdConfig } from './AntdConfig'
import { CoreProviders } from './coreProviders'

/** Every provider at once (query client, auth, antd locale and App): for tests that render a page on its own. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <CoreProviders>
      <AntdConfig>{children}</AntdConfig>
    </CoreProviders>
  )
}
