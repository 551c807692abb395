import { DownloadOutlined, InboxOutlined, ReloadOutlined, TeamOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Grid, Progress, Steps, Tag, Typography, Upload } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { FormProblem } from '@/components/FormProblem'
import { PageTitle } from '@/components/PageTitle'
import { QuotaStatus } from '@/components/QuotaStatus'
import { ErrorState, LoadingState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { ImportJob, Quota } from '@/lib/api/types'
import { useEvent } from '@/lib/queries/events'
import { useQuota } from '../api/attendees'
import { useDownloadTemplate, useImportJob, useUploadImport } from '../api/imports'
import { ImportReport } from '../components/ImportReport'
import { importPercent } from '../utils'

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/**
 * Spreadsheet import for one quota: the template, the upload, the server's reading with its
 * progress, the row-by-row report with refused rows fixed in place, then the confirmation.
 * The job's id stays in the address (?job=…), so a reload comes back to the same report.
 */
export function QuotaImportPage() {
  const { t } = useTranslation()
  const { quotaId } = useParams()
  const id = Number(quotaId)
  const quota = useQuota(id)
  const event = useEvent(quota.data?.eventId)
  const [params, setParams] = useSearchParams()
  const jobId = params.get('job') ? Number(params.get('job')) : undefined

  if (quota.isPending) return <LoadingState />
  if (quota.isError) return <ErrorState error={quota.error} onRetry={() => void quota.refetch()} />

  return (
    <>
      <EventBreadcrumb event={event.data} current={t('import.title')} />
      <PageTitle
        title={t('import.titleFor', { category: quota.data.category.name })}
        sub={
          <>
            <Typography.Text type="secondary">{quota.data.owner.name}</Typography.Text>
            {quota.data.category.minors && <Tag color="purple">{t('category.minors')}</Tag>}
          </>
        }
        extra={
          <Link to={`/events/${quota.data.eventId}/my-quotas`}>
            <Button icon={<TeamOutlined />}>{t('import.backToList')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <QuotaStatus quota={quota.data} />
      </Card>
      <ImportFlow
        quota={quota.data}
        jobId={jobId}
        onJob={(job) => setParams(job ? { job: String(job.id) } : {}, { replace: false })}
      />
    </>
  )
}

function ImportFlow({ quota, jobId, onJob }: { quota: Quota; jobId: number | undefined; onJob: (job: ImportJob | null) => void }) {
  const { t } = useTranslation()
  const job = useImportJob(jobId)
  const screens = Grid.useBreakpoint()
  const step = !jobId ? 0 : job.data?.status === 'PARSING' ? 1 : job.data?.status === 'COMMITTED' ? 3 : 2
  const steps = [t('import.stepUpload'), t('import.stepParse'), t('import.stepReview'), t('import.stepDone')]

  return (
    <Flex vertical gap={16}>
      {screens.sm ? (
        <Steps size="small" current={step} items={steps.map((title) => ({ title }))} />
      ) : (
        <Typography.Text strong>{t('import.stepOf', { n: step + 1, total: steps.length, title: steps[step] })}</Typography.Text>
      )}
      {!jobId ? (
        <UploadStep quota={quota} onUploaded={onJob} />
      ) : job.isPending ? (
        <LoadingState />
      ) : job.isError ? (
        <ErrorState error={job.error} onRetry={() => void job.refetch()} />
      ) : job.data.status === 'PARSING' ? (
        <ParsingStep job={job.data} />
      ) : job.data.status === 'FAILED' ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('import.failed', { file: job.data.fileName })}
          description={job.data.error}
          action={
            <Button icon={<ReloadOutlined />} onClick={() => onJob(null)}>
              {t('import.another')}
            </Button>
          }
        />
      ) : (
        <>
          <Typography.Text type="secondary">{t('import.fileName', { file: job.data.fileName })}</Typography.Text>
          <ImportReport job={job.data} minors={quota.category.minors} eventId={quota.eventId} />
          {job.data.status === 'COMMITTED' && (
            <Flex gap={8} wrap>
              <Link to={`/events/${quota.eventId}/my-quotas`}>
                <Button type="primary" icon={<TeamOutlined />}>
                  {t('import.backToList')}
                </Button>
              </Link>
              <Button icon={<ReloadOutlined />} onClick={() => onJob(null)}>
                {t('import.another')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Flex>
  )
}

function UploadStep({ quota, onUploaded }: { quota: Quota; onUploaded: (job: ImportJob) => void }) {
  const { t } = useTranslation()
  const { notification } = App.useApp()
  const upload = useUploadImport(quota.id)
  const template = useDownloadTemplate()
  const errorText = useErrorTextOf()

  // The size limit is the server's (it answers 413 with its own words).
  const send = async (file: File) => {
    try {
      onUploaded(await upload.mutateAsync(file))
    } catch {
      // shown below from upload.error
    }
  }

  const downloadTemplate = async () => {
    try {
      await template.mutateAsync(quota)
    } catch (e) {
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    }
  }

  return (
    <Card>
      <Flex vertical gap={16}>
        <Flex gap={12} wrap align="center" justify="space-between">
          <Typography.Text>{t('import.templateHint')}</Typography.Text>
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => void downloadTemplate()}>
            {t('import.template')}
          </Button>
        </Flex>
        {!quota.canSubmit && <Alert type="warning" showIcon title={t('myQuotas.cannotSubmit')} />}
        {upload.isError && <FormProblem value={{ error: upload.error, unmatched: [] }} />}
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={!quota.canSubmit || upload.isPending}
          beforeUpload={(file) => {
            void send(file)
            return false
          }}
          data-testid="import-dropzone"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.isPending ? t('import.uploading') : t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
      </Flex>
    </Card>
  )
}

function ParsingStep({ job }: { job: ImportJob }) {
  const { t } = useTranslation()
  const percent = importPercent(job)
  return (
    <Card>
      <Flex vertical gap={8} role="status" aria-live="polite">
        <Typography.Text strong>{t('import.parsing', { file: job.fileName })}</Typography.Text>
        <Progress
          percent={percent ?? 100}
          status="active"
          showInfo={percent !== null}
          strokeColor={percent === null ? '#d9d9d9' : undefined}
          aria-label={t('import.progress')}
          data-testid="import-progress"
        />
        <Typography.Text type="secondary">
          {job.totalRows
            ? t('import.parsedOf', { processed: job.processedRows, total: job.totalRows })
            : t('import.parsedSoFar', { processed: job.processedRows })}
        </Typography.Text>
      </Flex>
    </Card>
  )
}
