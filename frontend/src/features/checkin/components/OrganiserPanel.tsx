import { PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Progress, Select, Table, Tabs, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '@/components/States'
import { OrgSelect } from '@/components/OrgSelect'
import { formatBytes, saveBlob, type DownloadProgress } from '@/lib/api/download'
import { isApiError } from '@/lib/api/problem'
import type { Event } from '@/lib/api/types'
import { formatTime } from '@/lib/format'
import { currentLanguage } from '@/lib/i18n'
import { downloadInvitations, useCheckInConflicts, useDoorCategories, useLateArrivals, type InvitationFilters } from '../door/api'
import type { CheckInConflict, LateArrival } from '../door/types'

/** For the organisers at the door: conflicts between doors, late arrivals, and the cards printed in batches. */
export function OrganiserPanel({ event }: { event: Event }) {
  const { t } = useTranslation()
  return (
    <Card size="small" title={t('checkin.organiser.title')}>
      <Tabs
        items={[
          { key: 'conflicts', label: t('checkin.organiser.conflicts'), children: <Conflicts eventId={event.id} /> },
          { key: 'late', label: t('checkin.organiser.late'), children: <Late eventId={event.id} /> },
          { key: 'print', label: t('checkin.organiser.print'), children: <PrintInvitations event={event} /> },
        ]}
      />
    </Card>
  )
}

function Conflicts({ eventId }: { eventId: number }) {
  const { t } = useTranslation()
  const q = useCheckInConflicts(eventId, true)
  if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('checkin.organiser.conflictsHint')}</Typography.Text>
      <Table<CheckInConflict>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        data-testid="door-conflicts"
        locale={{ emptyText: t('checkin.organiser.noConflicts') }}
        columns={[
          { title: t('checkin.organiser.delegate'), key: 'who', render: (_, c) => <><strong>{c.fullName}</strong><br />{c.organization}</> },
          { title: t('checkin.organiser.kept'), key: 'kept', render: (_, c) => `${formatTime(c.keptAt)} · ${c.keptVenueName ?? ''}` },
          {
            title: t('checkin.organiser.other'),
            key: 'other',
            render: (_, c) => `${formatTime(c.otherAt)} · ${c.otherVenueName ?? ''}${c.otherDoorLabel ? ` (${c.otherDoorLabel})` : ''}`,
          },
        ]}
      />
    </Flex>
  )
}

function Late({ eventId }: { eventId: number }) {
  const { t } = useTranslation()
  const q = useLateArrivals(eventId, true)
  if (q.isError && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />
  return (
    <Table<LateArrival>
      size="small"
      rowKey="attendeeId"
      loading={q.isPending}
      dataSource={q.data?.items ?? []}
      pagination={false}
      data-testid="door-late"
      locale={{ emptyText: t('checkin.organiser.noLate') }}
      columns={[
        { title: t('checkin.organiser.delegate'), key: 'who', render: (_, a) => <><strong>{a.fullName}</strong><br />{a.organization} · {a.category}</> },
        { title: t('checkin.organiser.arrived'), key: 'at', render: (_, a) => `${formatTime(a.checkedInAt)}${a.venueName ? ` · ${a.venueName}` : ''}` },
        { title: t('checkin.organiser.minutesLate'), dataIndex: 'minutesLate', render: (m: number) => t('checkin.organiser.minutes', { count: m }) },
      ]}
    />
  )
}

function PrintInvitations({ event }: { event: Event }) {
  const { t } = useTranslation()
  const categories = useDoorCategories(event.planId)
  const [filters, setFilters] = useState<InvitationFilters>({})
  const [progress, setProgress] = useState<DownloadProgress | null>(null)
  const [error, setError] = useState<unknown>(null)
  const abort = useRef<AbortController | null>(null)
  const lang = currentLanguage()

  const download = async () => {
    abort.current = new AbortController()
    setError(null)
    setProgress({ received: 0 })
    try {
      const { blob, fileName } = await downloadInvitations(event.id, filters, setProgress, abort.current.signal)
      saveBlob(blob, fileName)
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e)
    } finally {
      setProgress(null)
      abort.current = null
    }
  }

  const percent = progress?.total ? Math.round((progress.received / progress.total) * 100) : undefined
  return (
    <Flex vertical gap={10}>
      <Typography.Text type="secondary">{t('checkin.print.hint')}</Typography.Text>
      <label htmlFor="print-agency">{t('checkin.print.agency')}</label>
      <OrgSelect
        id="print-agency"
        aria-label={t('checkin.print.agency')}
        value={filters.organizationId ?? null}
        onChange={(organizationId) => setFilters((f) => ({ ...f, organizationId }))}
        placeholder={t('checkin.print.all')}
      />
      <Select
        size="large"
        allowClear
        aria-label={t('checkin.print.venue')}
        placeholder={t('checkin.print.allVenues')}
        value={filters.venueId}
        onChange={(venueId?: number) => setFilters((f) => ({ ...f, venueId }))}
        options={event.venues.map((v) => ({ value: v.id, label: v.name }))}
      />
      <Select
        size="large"
        allowClear
        aria-label={t('checkin.print.category')}
        placeholder={t('checkin.print.allCategories')}
        loading={categories.isPending}
        value={filters.category}
        onChange={(category?: number) => setFilters((f) => ({ ...f, category }))}
        options={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      {progress ? (
        <Flex vertical gap={4} role="status" aria-live="polite" data-testid="print-progress">
          <Progress
            percent={percent ?? 0}
            status="active"
            showInfo={percent !== undefined}
            aria-label={t('checkin.print.progressLabel')}
          />
          <Typography.Text>
            {progress.total
              ? t('checkin.print.progress', { received: formatBytes(progress.received, lang), total: formatBytes(progress.total, lang) })
              : t('checkin.print.progressNoTotal', { received: formatBytes(progress.received, lang) })}
          </Typography.Text>
          <Button onClick={() => abort.current?.abort()}>{t('common.cancel')}</Button>
        </Flex>
      ) : (
        <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => void download()} data-testid="print-invitations">
          {t('checkin.print.download')}
        </Button>
      )}
      {error != null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={isApiError(error) && error.status === 422 ? t('checkin.print.empty') : isApiError(error) && error.problem.title ? error.problem.title : t('errors.unexpected')}
        />
      )}
    </Flex>
  )
}
