import { FileTextOutlined, InboxOutlined, StopOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Input, Progress, Tabs, Typography, Upload } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorTextOf } from '@/components/useErrorText'
import { isApiError } from '@/lib/api/problem'
import type { PlanDraft } from '@/lib/api/types'
import { useDraftFromFile, useDraftFromText } from '../api/planImport'
import { checkFile, MAX_FILE_BYTES, MAX_TEXT_CHARS, problemHint, type FileProblem } from '../source'

const ACCEPT = [
  '.txt',
  '.docx',
  '.pdf',
  'text/plain',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
].join(',')

function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError'
}

/** Seconds since `running` became true, ticking while it stays so. */
function useElapsed(running: boolean): number {
  const [started, setStarted] = useState<number | null>(null)
  const [now, setNow] = useState(0)
  useEffect(() => {
    if (!running) return
    const t0 = Date.now()
    const first = setTimeout(() => {
      setStarted(t0)
      setNow(Date.now())
    }, 0)
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [running])
  return running && started !== null ? Math.max(0, Math.floor((now - started) / 1000)) : 0
}

/**
 * Step 1: the plan's document, as a file (.txt, .docx, .pdf) or pasted text. The server reads it
 * into a draft (a scanned PDF goes through OCR, which takes a while); nothing is saved yet.
 */
export function SourceStep({ onDraft }: { onDraft: (draft: PlanDraft, source: string) => void }) {
  const { t } = useTranslation()
  const errorText = useErrorTextOf()
  const fromFile = useDraftFromFile()
  const fromText = useDraftFromText()
  const [tab, setTab] = useState<'file' | 'text'>('file')
  const [text, setText] = useState('')
  const [fileProblem, setFileProblem] = useState<{ problem: FileProblem; name: string } | null>(null)
  const [reading, setReading] = useState<string | null>(null)
  const abort = useRef<AbortController | null>(null)
  const pending = fromFile.isPending || fromText.isPending
  const elapsed = useElapsed(pending)
  const error = tab === 'file' ? fromFile.error : fromText.error

  useEffect(() => () => abort.current?.abort(), [])

  const sendFile = async (file: File) => {
    setFileProblem(null)
    fromText.reset()
    const problem = checkFile(file)
    if (problem) {
      setFileProblem({ problem, name: file.name })
      fromFile.reset()
      return
    }
    abort.current = new AbortController()
    setReading(file.name)
    try {
      onDraft(await fromFile.mutateAsync({ file, signal: abort.current.signal }), file.name)
    } catch (e) {
      if (isAbort(e)) fromFile.reset()
      // otherwise shown below from the mutation's error
    }
  }

  const sendText = async () => {
    fromFile.reset()
    setFileProblem(null)
    abort.current = new AbortController()
    setReading(null)
    try {
      onDraft(await fromText.mutateAsync({ text, signal: abort.current.signal }), t('planImport.source.pasted'))
    } catch (e) {
      if (isAbort(e)) fromText.reset()
    }
  }

  const shownError = error && !isAbort(error) ? errorText(error) : null
  const serverMessages = isApiError(error) ? error.fieldErrors.map((f) => f.message).filter(Boolean) : []
  const hint = problemHint(error)

  return (
    <Card>
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('planImport.source.intro')}</Typography.Paragraph>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as 'file' | 'text')}
          items={[
            {
              key: 'file',
              label: t('planImport.source.fileTab'),
              disabled: pending && tab !== 'file',
              children: (
                <Upload.Dragger
                  accept={ACCEPT}
                  multiple={false}
                  showUploadList={false}
                  disabled={pending}
                  beforeUpload={(file) => {
                    void sendFile(file)
                    return false
                  }}
                  data-testid="plan-import-dropzone"
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{t('planImport.source.drop')}</p>
                  <p className="ant-upload-hint">{t('planImport.source.dropHint', { mb: MAX_FILE_BYTES / 1024 / 1024 })}</p>
                </Upload.Dragger>
              ),
            },
            {
              key: 'text',
              label: t('planImport.source.textTab'),
              disabled: pending && tab !== 'text',
              children: (
                <Flex vertical gap={8}>
                  <Input.TextArea
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    aria-label={t('planImport.source.textLabel')}
                    placeholder={t('planImport.source.textPlaceholder')}
                    autoSize={{ minRows: 8, maxRows: 20 }}
                    maxLength={MAX_TEXT_CHARS}
                    showCount
                    disabled={pending}
                  />
                  <Flex justify="flex-end">
                    <Button
                      type="primary"
                      icon={<FileTextOutlined />}
                      disabled={!text.trim() || pending}
                      loading={fromText.isPending}
                      onClick={() => void sendText()}
                    >
                      {t('planImport.source.read')}
                    </Button>
                  </Flex>
                </Flex>
              ),
            },
          ]}
        />

        {pending && (
          <Flex vertical gap={4} role="status" aria-live="polite" data-testid="plan-import-reading">
            <Typography.Text strong>
              {reading ? t('planImport.source.readingFile', { file: reading }) : t('planImport.source.readingText')}
            </Typography.Text>
            <Progress percent={100} status="active" showInfo={false} aria-label={t('planImport.source.progress')} />
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type="secondary">
                {t('planImport.source.elapsed', { count: elapsed })} {t('planImport.source.slowHint')}
              </Typography.Text>
              <Button icon={<StopOutlined />} onClick={() => abort.current?.abort()}>
                {t('planImport.source.stop')}
              </Button>
            </Flex>
          </Flex>
        )}

        {fileProblem && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="plan-import-error"
            title={t(`planImport.fileProblem.${fileProblem.problem}`, { file: fileProblem.name, mb: MAX_FILE_BYTES / 1024 / 1024 })}
          />
        )}
        {shownError && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="plan-import-error"
            title={shownError.title}
            description={
              <>
                {shownError.detail && <div>{shownError.detail}</div>}
                {serverMessages
                  .filter((m) => m !== shownError.detail)
                  .map((m, i) => (
                    <div key={i}>{m}</div>
                  ))}
                {hint && <div style={{ marginTop: 4 }}>{t(`planImport.hint.${hint}`)}</div>}
              </>
            }
          />
        )}
      </Flex>
    </Card>
  )
}
