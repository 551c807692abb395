import { api } from '@/lib/api/client'
import { fetchFile } from '@/lib/api/download'
import type { Attendee, EventAttendeeQuery } from '@/lib/api/types'

export type ExportFormat = 'xlsx' | 'pdf'

const MEDIA: Record<ExportFormat | 'png', string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  png: 'image/png',
}

function accept(kind: ExportFormat | 'png') {
  return { Accept: `${MEDIA[kind]}, application/problem+json` }
}

/** The list with the page's filters (not its paging; always in protocol order), as a file for the hall. */
export function exportAttendees(eventId: number, format: ExportFormat, query: EventAttendeeQuery, includeInactive = false) {
  const { organization, category, venue, status, q } = query
  return fetchFile(
    api.GET('/api/events/{eventId}/attendees/export', {
      params: { path: { eventId }, query: { format, organization, category, venue, status, q, includeInactive: includeInactive || undefined } },
      headers: accept(format),
      parseAs: 'blob',
    }),
    `danh-sach-dai-bieu.${format}`,
  )
}

/** A delegate's printable card (PDF) or the QR code of the invitation (PNG). */
export function fetchInvitation(attendee: Pick<Attendee, 'id'>, kind: 'pdf' | 'png') {
  const params = { path: { id: attendee.id } }
  const call =
    kind === 'pdf'
      ? api.GET('/api/attendees/{id}/invitation.pdf', { params, headers: accept('pdf'), parseAs: 'blob' })
      : api.GET('/api/attendees/{id}/invitation.png', { params, headers: accept('png'), parseAs: 'blob' })
  return fetchFile(call, `thu-moi-${attendee.id}.${kind}`)
}
