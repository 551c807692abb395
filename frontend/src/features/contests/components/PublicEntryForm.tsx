import { CheckCircleOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Form, Input, InputNumber, Radio, Result, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { newIdempotencyKey } from '@/lib/api/idempotency'
import type { ContestCategory, PublicContest, PublicEntryReceipt } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useSubmitPublicEntry } from '../api/public'
import { optional } from '../contest'
import { WorkFields } from './WorkFields'

interface Values {
  schoolCode: string
  pupilName: string
  grade?: number
  category?: ContestCategory
  title: string
  workUrl?: string
  workText?: string
}

const SCHOOL_CODE = /^[A-Za-z0-9._-]{1,64}$/

/**
 * A pupil's entry with the school's code. The form makes its submissionId once: a double click, or
 * sending again after a lost answer, gets the first receipt back instead of a second entry.
 */
export function PublicEntryForm({ contest, schoolCode }: { contest: PublicContest; schoolCode?: string }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const submitEntry = useSubmitPublicEntry(contest.id)
  const [submissionId, setSubmissionId] = useState(() => newIdempotencyKey('entry'))
  const [receipt, setReceipt] = useState<PublicEntryReceipt | null>(null)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = async (v: Values) => {
    setProblem(null)
    try {
      const r = await submitEntry.mutateAsync({
        submissionId,
        schoolCode: v.schoolCode.trim().toUpperCase(),
        category: v.category as ContestCategory,
        pupilName: v.pupilName.trim(),
        grade: v.grade as number,
        title: v.title.trim(),
        workUrl: optional(v.workUrl),
        workText: optional(v.workText),
      })
      setReceipt(r)
      window.scrollTo?.({ top: 0, behavior: 'smooth' })
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  const another = () => {
    // A new entry is a new submission; the school usually stays the same.
    form.resetFields(['pupilName', 'grade', 'title', 'workUrl', 'workText'])
    setSubmissionId(newIdempotencyKey('entry'))
    setReceipt(null)
    submitEntry.reset()
  }

  if (receipt) {
    return (
      <Card data-testid="contest-receipt">
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={t('publicContest.received')}
          subTitle={
            <>
              {t('publicContest.referenceIs')}{' '}
              <Typography.Text strong copyable={{ tooltips: [t('campaign.copy'), t('campaign.copied')] }} data-testid="contest-reference" style={{ fontSize: 18 }}>
                {receipt.reference}
              </Typography.Text>
            </>
          }
          extra={
            <Button icon={<PlusOutlined />} onClick={another}>
              {t('publicContest.another')}
            </Button>
          }
          style={{ padding: 8 }}
        />
        <Alert type="info" showIcon title={t('publicContest.receivedDetail')} />
      </Card>
    )
  }

  return (
    <Card title={t('publicContest.formTitle')}>
      <FormProblem value={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="publicEntry"
        initialValues={{ schoolCode: schoolCode ?? '', category: contest.categories.length === 1 ? contest.categories[0] : undefined }}
        onFinish={(v) => void submit(v)}
        disabled={submitEntry.isPending}
        scrollToFirstError
      >
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="schoolCode"
              label={t('publicContest.schoolCode')}
              extra={t('publicContest.schoolCodeHint')}
              rules={[
                { required: true, whitespace: true, message: t('publicContest.schoolCodeRequired') },
                { pattern: SCHOOL_CODE, message: t('publicContest.schoolCodeInvalid') },
              ]}
            >
              <Input autoCapitalize="characters" autoComplete="off" maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={16} sm={9}>
            <Form.Item name="pupilName" label={t('contestEntry.pupilName')} rules={[{ required: true, whitespace: true, message: t('contestEntry.pupilNameRequired') }]}>
              <Input maxLength={200} autoComplete="name" />
            </Form.Item>
          </Col>
          <Col xs={8} sm={5}>
            <Form.Item name="grade" label={t('contestEntry.grade')} rules={[{ required: true, message: t('publicContest.gradeRequired') }]}>
              <InputNumber min={1} max={12} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="category" label={t('contestEntry.category')} rules={[{ required: true, message: t('contestEntry.categoryRequired') }]}>
          <Radio.Group>
            {contest.categories.map((c) => (
              <Radio key={c} value={c}>
                {t(`enums.contestCategory.${c}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <WorkFields />
        <Alert type="info" showIcon title={t('publicContest.consentNote')} description={t('publicContest.privacyNote')} style={{ marginBottom: 16 }} />
        <Button type="primary" size="large" htmlType="submit" icon={<SendOutlined />} loading={submitEntry.isPending}>
          {t('publicContest.send')}
        </Button>
      </Form>
    </Card>
  )
}
