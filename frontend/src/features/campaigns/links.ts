/** The addresses of the public pages, to copy into announcements and onto QR posters. */
function origin(): string {
  return typeof window !== 'undefined' ? window.location.origin : ''
}

/** By the campaign's public id (publicId), never its database id. */
export function frameLink(publicId: string, unitCode?: string): string {
  const base = `${origin()}/khung-anh/${publicId}`
  return unitCode ? `${base}?unit=${encodeURIComponent(unitCode)}` : base
}

export function wallLink(publicId: string, opts: { kiosk?: boolean; unitCode?: string } = {}): string {
  const q = new URLSearchParams()
  if (opts.unitCode) q.set('unit', opts.unitCode)
  if (opts.kiosk) q.set('kiosk', '1')
  const s = q.toString()
  return `${origin()}/buc-tuong/${publicId}${s ? `?${s}` : ''}`
}

export function quizLink(publicId: string, unitCode?: string): string {
  const base = `${origin()}/trac-nghiem/${publicId}`
  return unitCode ? `${base}?unit=${encodeURIComponent(unitCode)}` : base
}
