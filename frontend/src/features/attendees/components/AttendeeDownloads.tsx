import { FileExcelOutlined, FilePdfOutlined, QrcodeOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Flex, Image, Modal, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorTextOf } from '@/components/useErrorText'
import { saveBlob } from '@/lib/api/download'
import type { Attendee, EventAttendeeQuery } from '@/lib/api/types'
import { holdsPlace } from '@/lib/status'
import { exportAttendees, fetchInvitation, type ExportFormat } from '../api/downloads'

/** Excel and PDF of the list as filtered (children's fields masked as the server decides). */
export function AttendeeDownloads({ eventId, query, disabled }: { eventId: number; query: EventAttendeeQuery; disabled: boolean }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorTextOf()
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  // Cancelled, declined and replaced delegates stay out of the file unless asked for.
  const [includeInactive, setIncludeInactive] = useState(false)

  const run = async (format: ExportFormat) => {
    setBusy(format)
    try {
      const { blob, fileName } = await exportAttendees(eventId, format, query, includeInactive)
      saveBlob(blob, fileName)
    } catch (e) {
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    } finally {
      setBusy(null)
    }
  }

  return (
    <Flex gap={8} wrap align="center">
      <Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} data-testid="export-include-inactive">
        {t('attendees.includeInactive')}
      </Checkbox>
      <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} disabled={disabled || busy !== null} onClick={() => void run('xlsx')}>
        {t('attendees.exportXlsx')}
      </Button>
      <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} disabled={disabled || busy !== null} onClick={() => void run('pdf')}>
        {t('attendees.exportPdf')}
      </Button>
    </Flex>
  )
}

/** The invitation of a delegate on the list: its QR code on screen, or the printable PDF. */
export function InvitationLinks({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorTextOf()
  const [busy, setBusy] = useState<'pdf' | 'png' | null>(null)
  const [qr, setQr] = useState<string | null>(null)

  useEffect(() => () => {
    if (qr) URL.revokeObjectURL(qr)
  }, [qr])

  if (!holdsPlace(attendee.status)) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>

  const open = async (kind: 'pdf' | 'png') => {
    setBusy(kind)
    try {
      const { blob, fileName } = await fetchInvitation(attendee, kind)
      if (kind === 'pdf') saveBlob(blob, fileName)
      else setQr(URL.createObjectURL(blob))
    } catch (e) {
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Flex gap={4}>
        <Button
          size="small"
          icon={<QrcodeOutlined />}
          loading={busy === 'png'}
          aria-label={t('attendees.invitationQrOf', { name: attendee.fullName })}
          title={t('attendees.invitationQr')}
          onClick={() => void open('png')}
        />
        <Button
          size="small"
          icon={<FilePdfOutlined />}
          loading={busy === 'pdf'}
          aria-label={t('attendees.invitationPdfOf', { name: attendee.fullName })}
          title={t('attendees.invitationPdf')}
          onClick={() => void open('pdf')}
        />
      </Flex>
      <Modal open={qr !== null} onCancel={() => setQr(null)} footer={null} title={attendee.fullName} width={360}>
        {qr && (
          <Flex vertical align="center" gap={8}>
            <Image src={qr} alt={t('attendees.invitationQrOf', { name: attendee.fullName })} preview={false} width={280} />
            <Typography.Text type="secondary">{attendee.organization.name}</Typography.Text>
          </Flex>
        )}
      </Modal>
    </>
  )
}
