import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Tag, Typography, type FormInstance } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DATE_TIME_FORMAT } from '@/lib/format'
import { EVENT_FORMATS } from '@/lib/status'
import { mainIndexAfterRemoval, type EventFormValues } from './eventFormValues'

/** An event and its venues: the main hall and the relay points (điểm cầu). */
export function EventForm({ form, initialValues, onFinish, banner, footer }: {
  form: FormInstance<EventFormValues>
  initialValues: EventFormValues
  onFinish: (values: EventFormValues) => void
  banner?: ReactNode
  footer: ReactNode
}) {
  const { t } = useTranslation()
  const mainIndex = Form.useWatch('mainIndex', form) ?? initialValues.mainIndex

  return (
    <Form<EventFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      name="event"
      scrollToFirstError
    >
      {banner}
      <Card title={t('eventForm.eventSection')} style={{ marginBottom: 16 }}>
        <Form.Item
          name="title"
          label={t('event.title')}
          rules={[{ required: true, whitespace: true, message: t('eventForm.titleRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="startsAt" label={t('event.startsAt')} rules={[{ required: true, message: t('eventForm.startsAtRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item
              name="endsAt"
              label={t('event.endsAt')}
              dependencies={['startsAt']}
              rules={[
                { required: true, message: t('eventForm.endsAtRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value) => {
                    const start = getFieldValue('startsAt')
                    return !value || !start || value.isAfter(start)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('eventForm.endBeforeStart')))
                  },
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="format" label={t('event.format')}>
              <Select options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`enums.eventFormat.${f}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item name="expectedAttendance" label={t('event.expectedAttendance')}>
              <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <Form.Item name="chair" label={t('event.chair')}>
              <Input maxLength={300} placeholder={t('eventForm.chairPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('event.description')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
      </Card>

      <Card title={t('eventForm.venuesSection')} style={{ marginBottom: 16 }}>
        <Form.Item name="mainIndex" hidden>
          <InputNumber />
        </Form.Item>
        <Form.List name="venues">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.length === 0 && <Typography.Text type="secondary">{t('eventForm.noVenues')}</Typography.Text>}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  data-testid={`venue-row-${index}`}
                  title={
                    <Flex gap={8} align="center" wrap>
                      <Radio
                        checked={mainIndex === index}
                        onChange={() => form.setFieldValue('mainIndex', index)}
                        aria-label={t('eventForm.mainVenueN', { n: index + 1 })}
                      >
                        {t('venue.main')}
                      </Radio>
                      {mainIndex !== index && <Tag>{t('venue.relay')}</Tag>}
                    </Flex>
                  }
                  extra={
                    <Button
                      size="small"
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('eventForm.removeVenueN', { n: index + 1 })}
                      onClick={() => {
                        remove(field.name)
                        form.setFieldValue('mainIndex', mainIndexAfterRemoval(mainIndex, index))
                      }}
                    />
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={10}>
                      <Form.Item
                        name={[field.name, 'name']}
                        label={t('eventForm.venueNameN', { n: index + 1 })}
                        rules={[{ required: true, whitespace: true, message: t('eventForm.venueNameRequired') }]}
                      >
                        <Input maxLength={300} placeholder={t('eventForm.venueNamePlaceholder')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={10}>
                      <Form.Item name={[field.name, 'address']} label={t('eventForm.venueAddressN', { n: index + 1 })}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={[field.name, 'capacity']} label={t('venue.capacity')}>
                        <InputNumber min={1} max={100000} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <div>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {fields.length === 0 ? t('eventForm.addMainVenue') : t('eventForm.addRelay')}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Card>
      {footer}
    </Form>
  )
}
