/** The addresses of the public pages, to copy into announcements and onto QR posters. */
function origin(): string {
  return typeof window !== 'undefined' ? window.location.origin : ''
}

export function frameLink(campaignId: number, unitCode?: string): string {
  const base = `${origin()}/khung-anh/${campaignId}`
  return unitCode ? `${base}?unit=${encodeURIComponent(unitCode)}` : base
}

export function wallLink(campaignId: number, opts: { kiosk?: boolean; unitCode?: string } = {}): string {
  const q = new URLSearchParams()
  if (opts.unitCode) q.set('unit', opts.unitCode)
  if (opts.kiosk) q.set('kiosk', '1')
  const s = q.toString()
  return `${origin()}/buc-tuong/${campaignId}${s ? `?${s}` : ''}`
}

export function quizLink(quizId: number, unitCode?: string): string {
  const base = `${origin()}/trac-nghiem/${quizId}`
  return unitCode ? `${base}?unit=${encodeURIComponent(unitCode)}` : base
}
