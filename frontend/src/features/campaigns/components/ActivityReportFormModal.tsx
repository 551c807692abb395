import { InboxOutlined } from '@ant-design/icons'
import { Alert, Col, Form, Input, InputNumber, Modal, Progress, Row, Select, Upload, type UploadFile } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { LinksField } from '@/components/LinksField'
import { useErrorTextOf } from '@/components/useErrorText'
import type { ActivityReportInput, ActivityType, Campaign } from '@/lib/api/types'
import { isAfterToday, todayForPicker, todayIso } from '@/lib/clock'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { toApiDate } from '@/lib/format'
import { ACTIVITY_TYPES } from '@/lib/status'
import { useDebounced } from '@/lib/useDebounced'
import { useSubmission } from '@/lib/api/useSubmission'
import { useCampaignUnits, useCreateReport, useUploadReportPhoto } from '../api/campaigns'
import { checkPhoto, PHOTO_ACCEPT } from '../photos'

interface Values {
  organizationId?: number
  type?: ActivityType
  date: Dayjs
  place?: string
  officers?: number | null
  pupils?: number | null
  students?: number | null
  teachers?: number | null
  parents?: number | null
  others?: number | null
  views?: number | null
  shares?: number | null
  links: string[]
  note?: string
}

const FIGURES = ['officers', 'pupils', 'students', 'teachers', 'parents', 'others', 'views', 'shares'] as const

/** One of the campaign's units, searched by name or code (for the organisers reporting for a unit). */
function CampaignUnitSelect({ campaignId, value, onChange, id }: { campaignId: number; value?: number; onChange?: (v?: number) => void; id?: string }) {
  const { t } = useTranslation()
  const [q, setQ] = useState('')
  const debounced = useDebounced(q, 300)
  const units = useCampaignUnits(campaignId, debounced, 1)
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={units.isFetching}
      placeholder={t('activityReport.unitPlaceholder')}
      aria-label={t('activityReport.unit')}
      options={(units.data?.items ?? []).map((u) => ({ value: u.organization.id, label: `${u.organization.name} (${u.organization.code})` }))}
      notFoundContent={t('common.empty')}
    />
  )
}

/** A photo the server did not take, and why (its problem's title). */
interface FailedPhoto {
  file: UploadFile
  reason: string
}

/**
 * "Báo cáo hoạt động": what was done, when, where, with whom, links and photos as evidence. The report is sent once (its
 * own Idempotency-Key); its photos follow. When the report is saved but a photo is refused, the dialog says so and offers
 * to send the refused photos again (or others in their place) to the saved report — never the report again.
 */
export function ActivityReportFormModal({ campaign, open, onClose, onSaved }: {
  campaign: Campaign
  open: boolean
  onClose: () => void
  /** The report and all its photos are saved: the dialog's work is done. */
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const create = useCreateReport(campaign.id)
  const uploadPhoto = useUploadReportPhoto(campaign.id)
  const submission = useSubmission('report', open)
  const errorOf = useErrorTextOf()
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [files, setFiles] = useState<UploadFile[]>([])
  const [photoProgress, setPhotoProgress] = useState<{ done: number; total: number } | null>(null)
  // photos refused here before any request (type, size)
  const [localRefusals, setLocalRefusals] = useState<string[]>([])
  // the report the server saved, and the photos it refused: from then on only photos are sent
  const [saved, setSaved] = useState<{ reportId: number; failed: FailedPhoto[] } | null>(null)
  // The organisers report for any unit; a unit reports for itself.
  const choosesUnit = campaign.canManage

  /** Sends the photos to the saved report one by one; done when none is refused, else the refused ones stay to retry. */
  const sendPhotos = async (reportId: number, photos: UploadFile[]) => {
    const failed: FailedPhoto[] = []
    setPhotoProgress({ done: 0, total: photos.length })
    for (const [i, f] of photos.entries()) {
      try {
        await uploadPhoto.mutateAsync({ reportId, file: f.originFileObj as File })
      } catch (e) {
        failed.push({ file: f, reason: errorOf(e).title })
      }
      setPhotoProgress({ done: i + 1, total: photos.length })
    }
    setPhotoProgress(null)
    if (failed.length > 0) {
      setSaved({ reportId, failed })
      setFiles(failed.map((f) => f.file))
      return
    }
    form.resetFields()
    setFiles([])
    setSaved(null)
    onSaved()
  }

  const submit = async (v: Values) => {
    if (saved || photoProgress) return
    setProblem(null)
    setLocalRefusals([])
    const body: ActivityReportInput = {
      organizationId: choosesUnit ? v.organizationId : undefined,
      type: v.type as ActivityType,
      date: toApiDate(v.date) ?? todayIso(),
      place: v.place?.trim() || undefined,
      officers: v.officers ?? 0,
      pupils: v.pupils ?? 0,
      students: v.students ?? 0,
      teachers: v.teachers ?? 0,
      parents: v.parents ?? 0,
      others: v.others ?? 0,
      views: v.views ?? 0,
      shares: v.shares ?? 0,
      links: (v.links ?? []).map((l) => l.trim()).filter(Boolean),
      note: v.note?.trim() || undefined,
    }
    let report
    try {
      report = await submission.run((key) => create.mutateAsync({ body, key }))
    } catch (e) {
      setProblem(applyServerErrors(form, e))
      return
    }
    if (!report) return // a second click while the first is on its way
    // The report stands; its photos follow one by one.
    await sendPhotos(report.id, files)
  }

  const retryPhotos = () => {
    if (saved && !photoProgress) void sendPhotos(saved.reportId, files)
  }

  const busy = submission.pending || photoProgress !== null

  return (
    <Modal
      open={open}
      title={t('activityReport.formTitle')}
      okText={saved ? t('activityReport.retryPhotos') : t('activityReport.submit')}
      cancelText={saved ? t('activityReport.close') : t('common.cancel')}
      onOk={() => (saved ? retryPhotos() : form.submit())}
      okButtonProps={{ disabled: busy || (saved !== null && files.length === 0) }}
      confirmLoading={busy}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <FormProblem value={problem} />
      {saved && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="report-photos-partial"
          title={t('activityReport.savedPhotosFailed', { count: saved.failed.length })}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {saved.failed.map((f) => (
                  <li key={f.file.uid}>{`${f.file.name}: ${f.reason}`}</li>
                ))}
              </ul>
              <div style={{ marginTop: 8 }}>{t('activityReport.retryPhotosHint')}</div>
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {localRefusals.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('activityReport.photosNotTaken', { count: localRefusals.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {localRefusals.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        name="activityReport"
        onFinish={(v) => void submit(v)}
        initialValues={{ date: todayForPicker(), links: [] }}
        disabled={busy || saved !== null}
      >
        {choosesUnit && (
          <Form.Item name="organizationId" label={t('activityReport.unit')} rules={[{ required: true, message: t('activityReport.unitRequired') }]}>
            <CampaignUnitSelect campaignId={campaign.id} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('activityReport.type')} rules={[{ required: true, message: t('activityReport.typeRequired') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`enums.activityType.${a}`) }))}
                aria-label={t('activityReport.type')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="date" label={t('activityReport.date')} rules={[{ required: true, message: t('report.dateRequired') }]}>
              <DateInput disabledDate={isAfterToday} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('activityReport.place')}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          {FIGURES.map((f) => (
            <Col key={f} xs={12} sm={6}>
              <Form.Item name={f} label={t(`activityReport.figure.${f}`)}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <LinksField name="links" label={t('activityReport.links')} extra={t('activityReport.linksHint')} />
        <Form.Item name="note" label={t('activityReport.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('activityReport.photos')} extra={t('activityReport.photosHint')}>
          <Upload.Dragger
            disabled={busy}
            accept={PHOTO_ACCEPT}
            multiple
            listType="picture"
            fileList={files}
            beforeUpload={(file) => {
              const problemKey = checkPhoto(file)
              if (problemKey) {
                setLocalRefusals((e) => [...e, `${file.name}: ${t(`activityReport.${problemKey}`)}`])
                return Upload.LIST_IGNORE
              }
              return false
            }}
            onChange={({ fileList }) => setFiles(fileList.slice(0, 10))}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('activityReport.photosDrop')}</p>
          </Upload.Dragger>
        </Form.Item>
        {photoProgress && (
          <Progress percent={Math.round((photoProgress.done / Math.max(1, photoProgress.total)) * 100)} format={() => `${photoProgress.done}/${photoProgress.total}`}
            aria-label={t('activityReport.photosProgress')}
          />
        )}
      </Form>
    </Modal>
  )
}
