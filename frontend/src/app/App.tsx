import { RouterProvider } from 'react-router'
import { CoreProviders } from './coreProviders'
import { router } from './router'

export function App() {
  return (
    <CoreProviders>
      <RouterProvider router={router} />
    </CoreProviders>
  )
}
