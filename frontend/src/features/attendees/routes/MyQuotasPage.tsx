import { DownloadOutlined, FileExcelOutlined, UserAddOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Tag, Tooltip, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { PageTitle } from '@/components/PageTitle'
import { quotaFull } from '@/components/quotaText'
import { QuotaStatus } from '@/components/QuotaStatus'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Attendee, Quota, Venue } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { useEvent, useEventQuotas } from '@/lib/queries/events'
import { useDownloadTemplate } from '../api/imports'
import { AttendeeFormModal } from '../components/AttendeeFormModal'
import { QuotaAttendeeList } from '../components/QuotaAttendeeList'

/** An agency's own quotas for the event, each with its delegates and the ways to add them. */
export function MyQuotasPage() {
  const { t } = useTranslation()
  const { eventId } = useParams()
  const id = Number(eventId)
  const me = useMe()
  const event = useEvent(id)
  const quotas = useEventQuotas(id)
  const mine = (quotas.data?.items ?? []).filter((q) => q.owner.id === me.organization?.id)

  let body
  if (quotas.isPending || event.isPending) body = <LoadingState />
  else if (event.isError) body = <ErrorState error={event.error} onRetry={() => void event.refetch()} />
  else if (quotas.isError) body = <ErrorState error={quotas.error} onRetry={() => void quotas.refetch()} />
  else if (mine.length === 0) {
    body = (
      <Card>
        <EmptyState description={t('myQuotas.empty')} />
      </Card>
    )
  } else {
    body = (
      <Flex vertical gap={16}>
        {mine.map((q) => (
          <QuotaCard key={q.id} quota={q} venues={event.data.venues} />
        ))}
      </Flex>
    )
  }

  return (
    <>
      <EventBreadcrumb event={event.data} current={t('myQuotas.title')} />
      <PageTitle
        title={t('myQuotas.title')}
        sub={
          <Typography.Text type="secondary">
            {me.organization?.name}
            {event.data ? t('myQuotas.forEvent', { title: event.data.title }) : ''}
          </Typography.Text>
        }
      />
      {body}
    </>
  )
}

function QuotaCard({ quota, venues }: { quota: Quota; venues: Venue[] }) {
  const { t } = useTranslation()
  const { message, notification } = App.useApp()
  const [page, setPage] = useState(1)
  const [dialog, setDialog] = useState<{ replacing: Attendee | null } | null>(null)
  const template = useDownloadTemplate()
  const errorText = useErrorTextOf()
  const full = quotaFull(quota)
  const addBlocked = !quota.canSubmit ? t('myQuotas.cannotSubmit') : full ? t('myQuotas.full') : undefined

  const downloadTemplate = async () => {
    try {
      await template.mutateAsync(quota)
    } catch (e) {
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    }
  }

  return (
    <Card
      data-testid={`my-quota-${quota.category.code}`}
      title={
        <Flex gap={8} wrap align="center">
          <span>{quota.category.name}</span>
          {quota.category.minors && <Tag color="purple">{t('category.minors')}</Tag>}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <QuotaStatus quota={quota} />
        {quota.note && <Typography.Text type="secondary">{quota.note}</Typography.Text>}
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('myQuotas.receiver', { name: quota.receiver.name })}
        </Typography.Text>
        {quota.locked && <Alert type="warning" showIcon title={t('myQuotas.lockedHint')} />}
        <Flex gap={8} wrap>
          <Tooltip title={addBlocked}>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              disabled={addBlocked !== undefined}
              onClick={() => setDialog({ replacing: null })}
            >
              {t('myQuotas.add')}
            </Button>
          </Tooltip>
          {quota.canSubmit ? (
            <Link to={`/quotas/${quota.id}/import`}>
              <Button icon={<FileExcelOutlined />}>{t('import.open')}</Button>
            </Link>
          ) : (
            <Button icon={<FileExcelOutlined />} disabled>
              {t('import.open')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => void downloadTemplate()}>
            {t('import.template')}
          </Button>
        </Flex>
        <QuotaAttendeeList
          quotaId={quota.id}
          page={page}
          onPage={setPage}
          // After the deadline nobody new is added, but someone who cannot come may still be replaced.
          editable={quota.canSubmit || quota.locked}
          onReplace={(a) => setDialog({ replacing: a })}
        />
      </Flex>
      <AttendeeFormModal
        key={dialog ? (dialog.replacing?.id ?? 'new') : 'closed'}
        quota={quota}
        venues={venues}
        replacing={dialog?.replacing ?? null}
        open={dialog !== null}
        onClose={() => setDialog(null)}
        onSaved={(a) => {
          setDialog(null)
          void message.success(t(dialog?.replacing ? 'myQuotas.replaced' : 'myQuotas.added', { name: a.fullName }))
        }}
      />
    </Card>
  )
}
