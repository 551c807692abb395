// The bearer token lives in sessionStorage: it dies with the tab, and is not shared
// with other tabs opened on a shared office computer.
const KEY = 'cantho.accessToken'

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(KEY, token)
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY)
}
