import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { isApiError } from '@/lib/api/problem'
import type { Contest } from '@/lib/api/types'
import { DATE_TIME_FORMAT } from '@/lib/format'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { CONTEST_CATEGORIES } from '@/lib/status'
import { useCreateContest, useUpdateContest } from '../api/contests'
import { contestToValues, emptyContestValues, MAX_CRITERIA, valuesToContestInput, type ContestFormValues } from './contestFormValues'

/** Opens a contest in a campaign, or changes one (If-Match: a stale copy is refused with 412). */
export function ContestFormModal({ open, campaignId, contest, onClose, onSaved }: {
  open: boolean
  campaignId: number
  contest: Contest | null
  onClose: () => void
  onSaved: (c: Contest) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<ContestFormValues>()
  const create = useCreateContest(campaignId)
  const submission = useSubmission('contest', open)
  const update = useUpdateContest(contest?.id ?? 0)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const [conflict, setConflict] = useState(false)
  const [initialValues] = useState(() => (contest ? contestToValues(contest) : emptyContestValues))
  const pending = submission.pending || update.isPending
  const criteria = Form.useWatch('criteria', form) ?? initialValues.criteria
  const weights = criteria.reduce((sum, k) => sum + (k?.weight ?? 0), 0)

  const submit = async (v: ContestFormValues) => {
    setProblem(null)
    setConflict(false)
    const body = valuesToContestInput(v)
    try {
      const saved = contest
        ? await update.mutateAsync({ body, version: contest.version })
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
      title={contest ? t('contestForm.editTitle') : t('contestForm.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={pending}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {conflict ? (
        <FormProblem value={{ error: null, unmatched: [] }} title={t('contestForm.conflictTitle')} detail={t('contestForm.conflictDetail')} />
      ) : (
        <FormProblem value={problem} />
      )}
      <Form<ContestFormValues> form={form} layout="vertical" name="contest" initialValues={initialValues} onFinish={(v) => void submit(v)} disabled={pending}>
        <Form.Item name="title" label={t('contest.title')} rules={[{ required: true, whitespace: true, message: t('contestForm.titleRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('contest.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="categories" label={t('contest.categories')} rules={[{ required: true, type: 'array', min: 1, message: t('contestForm.categoriesRequired') }]}>
          <Select
            mode="multiple"
            aria-label={t('contest.categories')}
            options={CONTEST_CATEGORIES.map((c) => ({ value: c, label: t(`enums.contestCategory.${c}`) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={9}>
            <Form.Item name="opensAt" label={t('contest.opensAt')} rules={[{ required: true, message: t('contestForm.dateRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <Form.Item
              name="closesAt"
              label={t('contest.closesAt')}
              dependencies={['opensAt']}
              rules={[
                { required: true, message: t('contestForm.dateRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, v) => {
                    const opens = getFieldValue('opensAt')
                    return !v || !opens || v.isAfter(opens) ? Promise.resolve() : Promise.reject(new Error(t('contestForm.closesBeforeOpens')))
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="judgesPerEntry" label={t('contest.judgesPerEntry')} rules={[{ required: true, message: t('contestForm.judgesRequired') }]}>
              <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <Form.Item label={t('contest.criteria')} extra={t('contestForm.criteriaHint', { total: weights })} required>
              <Flex vertical gap={8}>
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" wrap data-testid="criterion-row">
                    <Form.Item
                      name={[field.name, 'name']}
                      style={{ flex: '3 1 220px', marginBottom: 0 }}
                      rules={[{ required: true, whitespace: true, message: t('contestForm.criterionNameRequired') }]}
                    >
                      <Input maxLength={200} placeholder={t('contestForm.criterionName')} aria-label={t('contestForm.criterionNameN', { n: i + 1 })} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'weight']} style={{ flex: '1 1 110px', marginBottom: 0 }} rules={[{ required: true, message: t('contestForm.weightRequired') }]}>
                      <InputNumber min={1} max={100} precision={0} prefix={<Typography.Text type="secondary">{t('contestForm.weightShort')}</Typography.Text>} aria-label={t('contestForm.weightN', { n: i + 1 })} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'maxScore']} style={{ flex: '1 1 110px', marginBottom: 0 }} rules={[{ required: true, message: t('contestForm.maxScoreRequired') }]}>
                      <InputNumber min={1} max={100} precision={0} prefix={<Typography.Text type="secondary">{t('contestForm.maxShort')}</Typography.Text>} aria-label={t('contestForm.maxScoreN', { n: i + 1 })} style={{ width: '100%' }} />
                    </Form.Item>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      disabled={fields.length <= 1}
                      onClick={() => remove(field.name)}
                      aria-label={t('contestForm.removeCriterion', { n: i + 1 })}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_CRITERIA}
                  onClick={() => add({ name: '', weight: 10, maxScore: 10 })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('contestForm.addCriterion')}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  )
}
