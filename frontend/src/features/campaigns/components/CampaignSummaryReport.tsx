import { CloseOutlined, FileExcelOutlined, FilePdfOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons'
import { App, Button, Flex, Modal, Progress, Typography } from 'antd'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { formatBytes, saveBlob, type DownloadProgress } from '@/lib/api/download'
import type { Campaign } from '@/lib/api/types'
import type { ServerFormError } from '@/lib/forms'
import { downloadSummary, type SummaryFile } from '../api/summaryReport'

type Running = { file: SummaryFile; progress: DownloadProgress }

const FILES: { file: SummaryFile; icon: ReactNode }[] = [
  { file: 'docx', icon: <FileWordOutlined /> },
  { file: 'pdf', icon: <FilePdfOutlined /> },
  { file: 'xlsx', icon: <FileExcelOutlined /> },
]

/**
 * "Báo cáo tổng kết": a button on the campaign's page opening the three downloads of the campaign's summary (the report in
 * Word and PDF, every unit's figures in Excel), over the units the caller sees figures of. Files stream with a progress bar
 * and can be cancelled; a failure shows the server's problem.
 */
export function CampaignSummaryReport({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const [running, setRunning] = useState<Running | null>(null)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const abort = useRef<AbortController | null>(null)

  useEffect(() => () => abort.current?.abort(), [])

  const run = async (file: SummaryFile) => {
    setProblem(null)
    const controller = new AbortController()
    abort.current = controller
    setRunning({ file, progress: { received: 0 } })
    try {
      const { blob, fileName } = await downloadSummary(campaign.id, file, (progress) => setRunning({ file, progress }), controller.signal)
      saveBlob(blob, fileName)
      void message.success(t('summaryReport.saved', { name: fileName }))
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') void message.info(t('summaryReport.cancelled'))
      else setProblem({ error: e, unmatched: [] })
    } finally {
      abort.current = null
      setRunning(null)
    }
  }

  const close = () => {
    abort.current?.abort()
    setOpen(false)
    setProblem(null)
  }

  const progress = running?.progress
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : undefined
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN'

  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)} data-testid="campaign-summary-open">
        {t('summaryReport.button')}
      </Button>
      <Modal open={open} title={t('summaryReport.title')} onCancel={close} footer={null} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('summaryReport.intro')}</Typography.Paragraph>
        <FormProblem value={problem} />
        <Flex vertical gap={8}>
          {FILES.map(({ file, icon }) => (
            <Button
              key={file}
              block
              type={file === 'docx' ? 'primary' : 'default'}
              icon={icon}
              loading={running?.file === file}
              disabled={running !== null && running.file !== file}
              onClick={() => void run(file)}
            >
              {t(`summaryReport.${file}`)}
            </Button>
          ))}
        </Flex>
        {progress && (
          <Flex align="center" gap={12} style={{ marginTop: 16 }} role="status" aria-live="polite" data-testid="summary-progress">
            <Progress
              style={{ flex: 1, margin: 0 }}
              percent={percent ?? 100}
              status="active"
              showInfo={percent !== undefined}
              aria-label={t('summaryReport.progressLabel')}
            />
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {progress.received > 0
                ? t('summaryReport.received', { received: formatBytes(progress.received, locale) })
                : t('summaryReport.preparing')}
            </Typography.Text>
            <Button size="small" icon={<CloseOutlined />} onClick={() => abort.current?.abort()}>
              {t('summaryReport.cancel')}
            </Button>
          </Flex>
        )}
      </Modal>
    </>
  )
}
