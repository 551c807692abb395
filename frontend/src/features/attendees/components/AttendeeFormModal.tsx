import { Alert, Checkbox, Col, Form, Input, Modal, Row, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import type { Attendee, Quota, Venue } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useCreateAttendee, useReplaceAttendee } from '../api/attendees'
import { valuesToAttendeeInput, type AttendeeFormValues } from '../utils'

const PHONE = /^\+?[0-9 .()-]{8,20}$/

/**
 * Adds a delegate to a quota, or names the person who takes another's place. Students (a category
 * of minors) need school and grade; their guardian and circumstances stay with the two agencies.
 */
export function AttendeeFormModal({ quota, venues, replacing, open, onClose, onSaved }: {
  quota: Quota
  venues: Venue[]
  /** The delegate whose place the new person takes; none to add one. */
  replacing: Attendee | null
  open: boolean
  onClose: () => void
  onSaved: (attendee: Attendee) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<AttendeeFormValues>()
  const create = useCreateAttendee(quota.id, quota.eventId)
  const replace = useReplaceAttendee()
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  // One key per dialog: a retry after a lost response does not add the person twice.
  const submission = useSubmission(replacing ? 'replacement' : 'attendee', open)
  const minors = quota.category.minors
  const main = venues.find((v) => v.main) ?? venues[0]
  const [initialValues] = useState<AttendeeFormValues>(() => ({
    venueId: replacing?.venueId ?? main?.id,
    unit: minors ? undefined : quota.owner.name,
    difficultCircumstances: false,
  }))

  const submit = async (values: AttendeeFormValues) => {
    setProblem(null)
    const body = valuesToAttendeeInput(values, minors)
    try {
      const saved = await submission.run((key) =>
        replacing ? replace.mutateAsync({ attendee: replacing, body, key }) : create.mutateAsync({ body, idempotencyKey: key }),
      )
      if (saved) onSaved(saved)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={replacing ? t('attendeeForm.replaceTitle') : t('attendeeForm.addTitle', { category: quota.category.name })}
      okText={replacing ? t('attendeeForm.replace') : t('attendeeForm.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submission.pending}
      width={720}
      destroyOnHidden
      forceRender
      mask={{ closable: false }}
    >
      {replacing && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('attendeeForm.replaceIntro', { name: replacing.fullName })}
        />
      )}
      <FormProblem value={problem} />
      <Form<AttendeeFormValues>
        form={form}
        layout="vertical"
        name="attendee"
        initialValues={initialValues}
        onFinish={(v) => void submit(v)}
        preserve={false}
      >
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="fullName"
              label={t('attendee.fullName')}
              rules={[{ required: true, whitespace: true, message: t('attendeeForm.fullNameRequired') }]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="position" label={t('attendee.position')}>
              <Input maxLength={300} placeholder={minors ? t('attendeeForm.studentPosition') : t('attendeeForm.positionPlaceholder')} />
            </Form.Item>
          </Col>
          {minors ? (
            <>
              <Col xs={24} sm={16}>
                <Form.Item
                  name="school"
                  label={t('attendee.school')}
                  rules={[{ required: true, whitespace: true, message: t('attendeeForm.schoolRequired') }]}
                >
                  <Input maxLength={300} placeholder={t('attendeeForm.schoolPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item
                  name="grade"
                  label={t('attendee.grade')}
                  rules={[{ required: true, whitespace: true, message: t('attendeeForm.gradeRequired') }]}
                >
                  <Input maxLength={20} placeholder={t('attendeeForm.gradePlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="guardianName" label={t('attendee.guardianName')}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item
                  name="guardianPhone"
                  label={t('attendee.guardianPhone')}
                  rules={[{ pattern: PHONE, message: t('attendeeForm.phoneInvalid') }]}
                >
                  <Input maxLength={30} inputMode="tel" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name="difficultCircumstances" valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox>{t('attendee.difficultCircumstances')}</Checkbox>
                </Form.Item>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                  {t('attendeeForm.minorsNotice')}
                </Typography.Paragraph>
              </Col>
            </>
          ) : (
            <Col span={24}>
              <Form.Item name="unit" label={t('attendee.unit')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={minors ? t('attendee.phoneOptional') : t('attendee.phone')}
              rules={[{ pattern: PHONE, message: t('attendeeForm.phoneInvalid') }]}
            >
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('attendee.email')} rules={[{ type: 'email', message: t('attendeeForm.emailInvalid') }]}>
              <Input maxLength={254} inputMode="email" />
            </Form.Item>
          </Col>
          {venues.length > 1 && (
            <Col span={24}>
              <Form.Item name="venueId" label={t('attendee.venue')}>
                <Select
                  options={venues.map((v) => ({
                    value: v.id,
                    label: v.main ? t('attendeeForm.venueMain', { name: v.name }) : t('attendeeForm.venueRelay', { name: v.name }),
                  }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  )
}
