import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { AutoComplete, Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd'
import type { FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DateInput } from '@/components/DateInput'
import { OrgSelect } from '@/components/OrgSelect'
import type { OrgRef } from '@/lib/api/types'
import type { PlanFormValues } from './planFormValues'

const BASIS_KINDS = ['kinds.decision', 'kinds.plan', 'kinds.dispatch', 'kinds.directive', 'kinds.convention', 'kinds.law'] as const

interface Props {
  form: FormInstance<PlanFormValues>
  initialValues: PlanFormValues
  /** Organisations the plan already names, so pickers show their names at once. */
  knownOrgs: OrgRef[]
  onFinish: (values: PlanFormValues) => void
  disabled?: boolean
  /** Shown above the form: the server's summary of a refused save. */
  banner?: ReactNode
  footer: ReactNode
}

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <Button type="text" danger icon={<DeleteOutlined />} onClick={onClick} aria-label={label} title={label} />
}

/** Every field of PlanInput, laid out in the order of the document. */
export function PlanForm({ form, initialValues, knownOrgs, onFinish, disabled, banner, footer }: Props) {
  const { t } = useTranslation()
  const required = (message: string) => [{ required: true, whitespace: true, message }]

  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={disabled}
      scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
      name="plan"
    >
      {banner}
      <Card title={t('planForm.documentSection')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={12} md={4}>
            <Form.Item name="number" label={t('plan.number')} tooltip={t('planForm.numberTooltip')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="symbol" label={t('plan.symbol')} rules={required(t('planForm.symbolRequired'))}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="place" label={t('plan.place')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item name="issueDate" label={t('plan.issueDate')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('plan.title')} rules={required(t('planForm.titleRequired'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="standingOrganizationId" label={t('plan.standingOrganization')}>
              <OrgSelect known={knownOrgs} aria-label={t('plan.standingOrganization')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="startDate" label={t('plan.startDate')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="endDate"
              label={t('plan.endDate')}
              dependencies={['startDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value) => {
                    const start = getFieldValue('startDate')
                    return !value || !start || !value.isBefore(start, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('planForm.endBeforeStart')))
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('planForm.legalBasesSection')} style={{ marginBottom: 16 }}>
        <Form.List name="legalBases">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.length === 0 && <Typography.Text type="secondary">{t('planForm.noLegalBases')}</Typography.Text>}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={t('planForm.legalBasisN', { n: index + 1 })}
                  extra={<RemoveButton onClick={() => remove(field.name)} label={t('planForm.removeLegalBasis')} />}
                >
                  <Row gutter={12}>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[field.name, 'kind']} label={t('legalBasis.kind')} rules={required(t('legalBasis.kindRequired'))}>
                        <AutoComplete
                          options={BASIS_KINDS.map((k) => ({ value: t(`legalBasis.${k}`) }))}
                          aria-label={t('legalBasis.kind')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item
                        name={[field.name, 'number']}
                        label={t('legalBasis.number')}
                        rules={required(t('legalBasis.numberRequired'))}
                      >
                        <Input placeholder={t('legalBasis.numberPlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[field.name, 'date']} label={t('legalBasis.date')}>
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8}>
                      <Form.Item name={[field.name, 'issuer']} label={t('legalBasis.issuer')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={16}>
                      <Form.Item name={[field.name, 'summary']} label={t('legalBasis.summary')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: '', number: '' })}>
                {t('planForm.addLegalBasis')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Card title={t('planForm.purposeSection')} style={{ marginBottom: 16 }}>
        <Form.Item name="purpose" label={t('plan.purpose')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
        <Form.Item name="requirements" label={t('plan.requirements')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
        </Form.Item>
      </Card>

      <Card title={t('planForm.contentSection')} style={{ marginBottom: 16 }}>
        <Form.List name="contentSections">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.length === 0 && <Typography.Text type="secondary">{t('planForm.noContentSections')}</Typography.Text>}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={t('planForm.contentSectionN', { n: index + 1 })}
                  extra={<RemoveButton onClick={() => remove(field.name)} label={t('planForm.removeContentSection')} />}
                >
                  <Form.Item
                    name={[field.name, 'heading']}
                    label={t('contentSection.heading')}
                    rules={required(t('contentSection.headingRequired'))}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'body']}
                    label={t('contentSection.body')}
                    rules={required(t('contentSection.bodyRequired'))}
                  >
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ heading: '', body: '' })}>
                {t('planForm.addContentSection')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Card title={t('planForm.recipientsSection')} style={{ marginBottom: 16 }}>
        <Form.List name="recipients">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.length === 0 && <Typography.Text type="secondary">{t('planForm.noRecipients')}</Typography.Text>}
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top" wrap>
                  <Col xs={24} md={11}>
                    <Form.Item name={[field.name, 'organizationId']} style={{ marginBottom: 8 }}>
                      <OrgSelect
                        known={knownOrgs}
                        aria-label={t('planForm.recipientOrgN', { n: index + 1 })}
                        placeholder={t('planForm.recipientOrgPlaceholder')}
                        onPicked={(org) => {
                          const label = form.getFieldValue(['recipients', field.name, 'label'])
                          if (org && !label) form.setFieldValue(['recipients', field.name, 'label'], org.name)
                        }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={11}>
                    <Form.Item
                      name={[field.name, 'label']}
                      style={{ marginBottom: 8 }}
                      rules={required(t('planForm.recipientLabelRequired'))}
                    >
                      <Input
                        aria-label={t('planForm.recipientLabelN', { n: index + 1 })}
                        placeholder={t('planForm.recipientLabelPlaceholder')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <RemoveButton onClick={() => remove(field.name)} label={t('planForm.removeRecipient')} />
                  </Col>
                </Row>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '' })}>
                {t('planForm.addRecipient')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Card>

      <Card title={t('planForm.signerSection')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="signerAuthority" label={t('plan.signerAuthority')}>
              <Input placeholder={t('planForm.signerAuthorityPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signerTitle" label={t('plan.signerTitle')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="signerName" label={t('plan.signerName')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('planForm.contactSection')} style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('plan.contactName')}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactTitle" label={t('plan.contactTitle')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('plan.contactPhone')}>
              <Input type="tel" inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          background: '#fff',
          padding: '12px 16px',
          borderTop: '1px solid #f0f0f0',
          zIndex: 5,
          margin: '0 -4px',
        }}
      >
        {footer}
      </div>
    </Form>
  )
}
