import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Form, Input, Modal, Row, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { isApiError } from '@/lib/api/problem'
import type { Campaign } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useCreateCampaign, useUpdateCampaign } from '../api/campaigns'
import { isHttpUrl } from '@/lib/format'
import { campaignToValues, emptyCampaignValues, valuesToCampaignInput, type CampaignFormValues } from './campaignFormValues'

/** Creates a campaign for a plan, or edits one (If-Match: a stale copy is refused with 412). */
export function CampaignFormModal({ open, planId, campaign, onClose, onSaved }: {
  open: boolean
  planId: number
  campaign: Campaign | null
  onClose: () => void
  onSaved: (c: Campaign) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<CampaignFormValues>()
  const create = useCreateCampaign(planId)
  const submission = useSubmission('campaign', open)
  const update = useUpdateCampaign(campaign?.id ?? 0)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [conflict, setConflict] = useState(false)
  const [initialValues] = useState(() => (campaign ? campaignToValues(campaign) : emptyCampaignValues))
  const pending = submission.pending || update.isPending
  const url = { validator: (_: unknown, v?: string) => (!v || isHttpUrl(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('campaignForm.urlInvalid')))) }

  const submit = async (v: CampaignFormValues) => {
    setProblem(null)
    setConflict(false)
    const body = valuesToCampaignInput(v)
    try {
      const saved = campaign
        ? await update.mutateAsync({ body, version: campaign.version })
        : await submission.run((key) => create.mutateAsync({ body, key }))
      if (saved) onSaved(saved)
    } catch (e) {
      if (isApiError(e) && (e.status === 412 || e.code === 'version-conflict')) setConflict(true)
      else setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={campaign ? t('campaignForm.editTitle') : t('campaignForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {conflict ? (
        <FormProblem value={{ error: null, unmatched: [] }} title={t('campaignForm.conflictTitle')} detail={t('campaignForm.conflictDetail')} />
      ) : (
        <FormProblem value={problem} />
      )}
      <Form<CampaignFormValues> form={form} layout="vertical" name="campaign" initialValues={initialValues} onFinish={(v) => void submit(v)} disabled={pending}>
        <Form.Item name="name" label={t('campaign.name')} rules={[{ required: true, whitespace: true, message: t('campaignForm.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="startsOn" label={t('campaign.startsOn')} rules={[{ required: true, message: t('campaignForm.dateRequired') }]}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="endsOn"
              label={t('campaign.endsOn')}
              dependencies={['startsOn']}
              rules={[
                { required: true, message: t('campaignForm.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, v) => {
                    const start = getFieldValue('startsOn')
                    return !v || !start || !v.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('campaignForm.endBeforeStart')))
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="slogans" label={t('campaign.slogans')} extra={t('campaignForm.tagsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} aria-label={t('campaign.slogans')} />
        </Form.Item>
        <Form.Item name="hashtags" label={t('campaign.hashtags')} extra={t('campaignForm.tagsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[' ', ',']} aria-label={t('campaign.hashtags')} />
        </Form.Item>
        <Form.Item name="organisers" label={t('campaign.organisers')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="directAudience" label={t('campaign.directAudience')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="indirectAudience" label={t('campaign.indirectAudience')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="keyMessages" label={t('campaign.keyMessages')} extra={t('campaignForm.linesHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="pledgeTemplates" label={t('campaign.pledgeTemplates')} extra={t('campaignForm.linesHint')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="trailerUrl" label={t('campaign.trailerUrl')} rules={[url]}>
          <Input type="url" inputMode="url" placeholder={t('report.linkPlaceholder')} />
        </Form.Item>
        <Form.List name="materials">
          {(fields, { add, remove }) => (
            <Form.Item label={t('campaign.materials')}>
              <Flex vertical gap={8}>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item name={[field.name, 'title']} style={{ flex: '1 1 200px', marginBottom: 0 }} rules={[{ required: true, whitespace: true, message: t('campaignForm.materialTitleRequired') }]}>
                      <Input placeholder={t('campaignForm.materialTitle')} aria-label={t('campaignForm.materialTitleN', { n: i + 1 })} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'url']} style={{ flex: '2 1 260px', marginBottom: 0 }} rules={[{ required: true, message: t('report.linkRequired') }, url]}>
                      <Input type="url" inputMode="url" placeholder={t('report.linkPlaceholder')} aria-label={t('campaignForm.materialUrlN', { n: i + 1 })} />
                    </Form.Item>
                    <Button danger type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('campaignForm.removeMaterial')} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', url: '' })} style={{ alignSelf: 'flex-start' }}>
                  {t('campaignForm.addMaterial')}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
