import {
  CloseOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
} from '@ant-design/icons'
import { App, Button, Card, Col, Collapse, Flex, Form, Input, Progress, Row, Typography } from 'antd'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { formatBytes, saveBlob, type DownloadProgress } from '@/lib/api/download'
import type { Event } from '@/lib/api/types'
import { isAfterToday, todayForPicker } from '@/lib/clock'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { toApiDate } from '@/lib/format'
import { downloadReport, useReportDefaults, type ReportFile } from '../api/reports'
import { optionsOf, valuesOf, type ReportFormValues as Values } from './reportFormValues'

type Running = { key: string; progress: DownloadProgress }

type Action = { key: string; icon: ReactNode; label: string; file: (v: Values) => ReportFile; primary?: boolean }

/**
 * "Báo cáo": the progress report to sign (Word, Decree 30 layout) or to send (PDF), the task table
 * (Excel), and each ceremony's quota matrix and list of delegates. Files stream; the bar shows the
 * bytes as they arrive (a share when the server gives the length), and a download can be cancelled.
 */
export function PlanReportsCard({ planId, events }: { planId: number; events: Event[] }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const defaults = useReportDefaults(planId, true)
  const [running, setRunning] = useState<Running | null>(null)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const abort = useRef<AbortController | null>(null)

  useEffect(() => {
    // the template fields start from the standing agency's defaults, unless the user has typed
    if (defaults.data && !form.isFieldsTouched()) form.setFieldsValue(valuesOf(defaults.data))
  }, [defaults.data, form])

  useEffect(() => () => abort.current?.abort(), [])

  const run = async (key: string, file: (v: Values) => ReportFile) => {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setProblem(null)
    form.setFields((Object.keys(form.getFieldsValue()) as (keyof Values)[]).map((name) => ({ name, errors: [] })))
    const controller = new AbortController()
    abort.current = controller
    setRunning({ key, progress: { received: 0 } })
    try {
      const { blob, fileName } = await downloadReport(planId, file(values), (progress) => setRunning({ key, progress }), controller.signal)
      saveBlob(blob, fileName)
      void message.success(t('officialReport.saved', { name: fileName }))
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        void message.info(t('officialReport.cancelled'))
      } else {
        // asOf → the date field, recipients[0] → the recipients box; the rest in the summary
        setProblem(applyServerErrors(form, e, (name) => [name[0]]))
      }
    } finally {
      abort.current = null
      setRunning(null)
    }
  }

  const busy = running !== null
  const button = ({ key, icon, label, file, primary }: Action) => (
    <Button
      key={key}
      type={primary ? 'primary' : 'default'}
      icon={icon}
      loading={running?.key === key}
      disabled={busy && running?.key !== key}
      onClick={() => void run(key, file)}
    >
      {label}
    </Button>
  )
  const planActions: Action[] = [
    { key: 'docx', icon: <FileWordOutlined />, label: t('officialReport.docx'), file: (v) => ({ kind: 'docx', options: optionsOf(v) }), primary: true },
    { key: 'pdf', icon: <FilePdfOutlined />, label: t('officialReport.pdf'), file: (v) => ({ kind: 'pdf', options: optionsOf(v) }) },
    { key: 'tasks', icon: <FileExcelOutlined />, label: t('officialReport.tasksXlsx'), file: (v) => ({ kind: 'tasks', asOf: toApiDate(v.asOf) }) },
  ]
  const eventActions = (eventId: number): Action[] => [
    { key: `matrix-${eventId}`, icon: <FileExcelOutlined />, label: t('officialReport.matrixXlsx'), file: () => ({ kind: 'matrix', eventId }) },
    { key: `attendees-${eventId}`, icon: <FileExcelOutlined />, label: t('officialReport.attendeesXlsx'), file: () => ({ kind: 'attendees', eventId }) },
  ]

  const progress = running?.progress
  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : undefined
  const locale = i18n.language === 'en' ? 'en-GB' : 'vi-VN'

  return (
    <Card title={t('officialReport.title')} style={{ marginBottom: 16 }} data-testid="plan-reports">
      <Typography.Paragraph type="secondary">{t('officialReport.intro')}</Typography.Paragraph>
      <FormProblem value={problem} />
      <Form form={form} layout="vertical" initialValues={{ asOf: todayForPicker() }} disabled={busy}>
        <Row gutter={16}>
          <Col xs={24} sm={12} md={8}>
            <Form.Item name="asOf" label={t('officialReport.asOf')} rules={[{ required: true, message: t('officialReport.asOfRequired') }]}>
              <DateInput allowClear={false} disabledDate={isAfterToday} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item name="signerName" label={t('officialReport.signerName')}>
              <Input maxLength={100} placeholder={t('officialReport.signerNamePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={8}>
            <Form.Item name="signerTitle" label={t('officialReport.signerTitle')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Collapse
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'template',
              label: t('officialReport.template'),
              forceRender: true,
              children: (
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="parentBody" label={t('officialReport.parentBody')} extra={t('officialReport.parentBodyHelp')}>
                      <Input maxLength={200} />
                    </Form.Item>
                    <Form.Item name="issuingBody" label={t('officialReport.issuingBody')} extra={t('officialReport.linesHelp')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
                    </Form.Item>
                    <Row gutter={8}>
                      <Col span={8}>
                        <Form.Item
                          name="number"
                          label={t('officialReport.number')}
                          rules={[{ pattern: /^[0-9]*$/, message: t('officialReport.numberDigits') }]}
                        >
                          <Input maxLength={10} placeholder={t('officialReport.numberPlaceholder')} />
                        </Form.Item>
                      </Col>
                      <Col span={16}>
                        <Form.Item name="symbol" label={t('officialReport.symbol')}>
                          <Input maxLength={40} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.Item name="place" label={t('officialReport.place')}>
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item name="summary" label={t('officialReport.summary')}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="addressees" label={t('officialReport.addressees')} extra={t('officialReport.linesHelp')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                    <Form.Item name="signerAuthority" label={t('officialReport.signerAuthority')} extra={t('officialReport.signerAuthorityHelp')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                    </Form.Item>
                    <Form.Item name="recipients" label={t('officialReport.recipients')} extra={t('officialReport.linesHelp')}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
                    </Form.Item>
                  </Col>
                </Row>
              ),
            },
          ]}
        />
      </Form>
      <Flex gap={8} wrap>
        {planActions.map(button)}
      </Flex>
      {events.length > 0 && (
        <Flex vertical gap={8} style={{ marginTop: 16 }}>
          {events.map((event) => (
            <Flex key={event.id} gap={8} wrap align="center">
              <Typography.Text>
                <FileTextOutlined /> {t('officialReport.event', { title: event.title })}
              </Typography.Text>
              {eventActions(event.id).map(button)}
            </Flex>
          ))}
        </Flex>
      )}
      {progress && (
        <Flex align="center" gap={12} style={{ marginTop: 16 }} role="status" aria-live="polite" data-testid="report-progress">
          <Progress
            style={{ flex: 1, margin: 0 }}
            percent={percent ?? 100}
            status="active"
            showInfo={percent !== undefined}
            aria-label={t('officialReport.progressLabel')}
          />
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {progress.total
              ? t('officialReport.receivedOf', { received: formatBytes(progress.received, locale), total: formatBytes(progress.total, locale) })
              : progress.received > 0
                ? t('officialReport.received', { received: formatBytes(progress.received, locale) })
                : t('officialReport.preparing')}
          </Typography.Text>
          <Button size="small" icon={<CloseOutlined />} disabled={false} onClick={() => abort.current?.abort()}>
            {t('officialReport.cancel')}
          </Button>
        </Flex>
      )}
    </Card>
  )
}
