import { DeleteOutlined } from '@ant-design/icons'
import { Button, Card, Col, Flex, Input, Row, Typography } from 'antd'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/OrgSelect'
import { dropItem, patchItem, type EditPlan, type ImportState } from '../draft'
import { pathAttributes, inputId, useReview, type Update } from './context'
import { DraftField, RowErrors, SourceBadge } from './DraftField'
import { DayInput } from './inputs'

type PlanTextKey = 'number' | 'symbol' | 'place' | 'title' | 'signerAuthority' | 'signerTitle' | 'signerName' | 'contactName' | 'contactTitle' | 'contactPhone' | 'purpose' | 'requirements'

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={label} title={label} onClick={onClick} />
}

function PlanText({
  plan,
  setPlan,
  name,
  label,
  required,
  multiline,
  maxLength,
}: {
  plan: EditPlan
  setPlan: (patch: Partial<EditPlan>) => void
  name: PlanTextKey
  label: string
  required?: boolean
  multiline?: boolean
  maxLength?: number
}) {
  const path = `plan.${name}`
  const id = inputId(path)
  const common = {
    id,
    value: plan[name] ?? '',
    maxLength,
    onChange: (e: { target: { value: string } }) => setPlan({ [name]: e.target.value }),
  }
  return (
    <DraftField path={path} label={label} htmlFor={id} required={required}>
      {multiline ? <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 10 }} /> : <Input {...common} />}
    </DraftField>
  )
}

function PlanDate({
  plan,
  setPlan,
  name,
  label,
}: {
  plan: EditPlan
  setPlan: (patch: Partial<EditPlan>) => void
  name: 'issueDate' | 'startDate' | 'endDate'
  label: string
}) {
  const path = `plan.${name}`
  return (
    <DraftField path={path} label={label} htmlFor={inputId(path)}>
      <DayInput id={inputId(path)} value={plan[name]} onChange={(v) => setPlan({ [name]: v })} />
    </DraftField>
  )
}

/** The document's own fields: number and symbol, place and date, title, standing agency, legal bases, recipients, signer, contact. */
export const PlanSection = memo(function PlanSection({ plan, update }: Pick<ImportState, 'plan'> & { update: Update }) {
  const { t } = useTranslation()
  const { draft, byPath, orgs, rememberOrg, flashPath, errorsAt, reveal } = useReview()
  const errorsFor = (path: string) => errorsAt.get(path)
  const setPlan = (patch: Partial<EditPlan>) => update((s) => ({ ...s, plan: { ...s.plan, ...patch } }))
  const issuer = (byPath.get('issuer') ?? []).map((i) => draft.fields[i])[0]

  return (
    <Flex vertical gap={16}>
      <Card title={t('planForm.documentSection')} size="small" data-testid="import-plan">
        <Row gutter={12}>
          <Col xs={12} md={5}>
            <PlanText plan={plan} setPlan={setPlan} name="number" label={t('plan.number')} maxLength={20} />
          </Col>
          <Col xs={12} md={7}>
            <PlanText plan={plan} setPlan={setPlan} name="symbol" label={t('plan.symbol')} required maxLength={40} />
          </Col>
          <Col xs={12} md={6}>
            <PlanText plan={plan} setPlan={setPlan} name="place" label={t('plan.place')} maxLength={100} />
          </Col>
          <Col xs={12} md={6}>
            <PlanDate plan={plan} setPlan={setPlan} name="issueDate" label={t('plan.issueDate')} />
          </Col>
        </Row>
        <PlanText plan={plan} setPlan={setPlan} name="title" label={t('plan.title')} required multiline maxLength={1000} />
        {issuer && (
          <DraftField path="issuer" label={t('planImport.label.issuer')} extra={t('planImport.plan.issuerNote')}>
            <Typography.Text type={issuer.status === 'FOUND' ? undefined : 'danger'}>
              {issuer.value ?? issuer.text ?? t('common.none')}
            </Typography.Text>
          </DraftField>
        )}
        <DraftField
          path="plan.standingOrganizationId"
          label={t('plan.standingOrganization')}
          htmlFor={inputId('plan.standingOrganizationId')}
          required
          extra={plan.standingOrganizationId == null ? t('planImport.plan.standingHint') : undefined}
        >
          <OrgSelect
            id={inputId('plan.standingOrganizationId')}
            aria-label={t('plan.standingOrganization')}
            known={orgs}
            value={plan.standingOrganizationId ?? undefined}
            status={plan.standingOrganizationId == null ? 'warning' : undefined}
            onChange={(v) => setPlan({ standingOrganizationId: v })}
            onPicked={rememberOrg}
          />
        </DraftField>
        <Row gutter={12}>
          <Col xs={12}>
            <PlanDate plan={plan} setPlan={setPlan} name="startDate" label={t('plan.startDate')} />
          </Col>
          <Col xs={12}>
            <PlanDate plan={plan} setPlan={setPlan} name="endDate" label={t('plan.endDate')} />
          </Col>
        </Row>
      </Card>

      <Card title={t('planForm.legalBasesSection')} size="small">
        <Flex vertical gap={8}>
          {plan.legalBases.length === 0 && <Typography.Text type="secondary">{t('planForm.noLegalBases')}</Typography.Text>}
          {plan.legalBases.map((b, i) => {
            const at = `plan.legalBases[${b.key}]`
            const set = (patch: Partial<typeof b>) => setPlan({ legalBases: patchItem(plan.legalBases, b.key, patch) })
            return (
              <div key={b.key} {...pathAttributes(at, flashPath)} data-testid="import-legal-basis">
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{t('planForm.legalBasisN', { n: i + 1 })}</Typography.Text>
                  <RemoveButton
                    label={t('planImport.plan.removeLegalBasis', { n: i + 1 })}
                    onClick={() => setPlan({ legalBases: dropItem(plan.legalBases, b.key) })}
                  />
                </Flex>
                <RowErrors path={at} />
                <Row gutter={8}>
                  <Col xs={12} md={6}>
                    <DraftField path={`${at}.kind`} label={t('legalBasis.kind')} htmlFor={inputId(`${at}.kind`)} required compact>
                      <Input id={inputId(`${at}.kind`)} value={b.kind} maxLength={60} onChange={(e) => set({ kind: e.target.value })} />
                    </DraftField>
                  </Col>
                  <Col xs={12} md={6}>
                    <DraftField path={`${at}.number`} label={t('legalBasis.number')} htmlFor={inputId(`${at}.number`)} required compact>
                      <Input id={inputId(`${at}.number`)} value={b.number} maxLength={60} onChange={(e) => set({ number: e.target.value })} />
                    </DraftField>
                  </Col>
                  <Col xs={12} md={5}>
                    <DraftField path={`${at}.date`} label={t('legalBasis.date')} htmlFor={inputId(`${at}.date`)} compact>
                      <DayInput id={inputId(`${at}.date`)} value={b.date} onChange={(v) => set({ date: v })} />
                    </DraftField>
                  </Col>
                  <Col xs={12} md={7}>
                    <DraftField path={`${at}.issuer`} label={t('legalBasis.issuer')} htmlFor={inputId(`${at}.issuer`)} compact>
                      <Input id={inputId(`${at}.issuer`)} value={b.issuer ?? ''} maxLength={300} onChange={(e) => set({ issuer: e.target.value })} />
                    </DraftField>
                  </Col>
                </Row>
              </div>
            )
          })}
        </Flex>
      </Card>

      <Card title={t('planForm.purposeSection')} size="small">
        <PlanText plan={plan} setPlan={setPlan} name="purpose" label={t('plan.purpose')} multiline maxLength={20000} />
        <PlanText plan={plan} setPlan={setPlan} name="requirements" label={t('plan.requirements')} multiline maxLength={20000} />
        <Flex vertical gap={8}>
          {plan.contentSections.map((s, i) => {
            const at = `plan.contentSections[${s.key}]`
            const set = (patch: Partial<typeof s>) => setPlan({ contentSections: patchItem(plan.contentSections, s.key, patch) })
            return (
              <div key={s.key} {...pathAttributes(at, flashPath)}>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{t('planForm.contentSectionN', { n: i + 1 })}</Typography.Text>
                  <RemoveButton
                    label={t('planImport.plan.removeContentSection', { n: i + 1 })}
                    onClick={() => setPlan({ contentSections: dropItem(plan.contentSections, s.key) })}
                  />
                </Flex>
                <RowErrors path={at} />
                <DraftField path={`${at}.heading`} label={t('contentSection.heading')} htmlFor={inputId(`${at}.heading`)} required compact>
                  <Input id={inputId(`${at}.heading`)} value={s.heading} maxLength={500} onChange={(e) => set({ heading: e.target.value })} />
                </DraftField>
                <DraftField path={`${at}.body`} label={t('contentSection.body')} htmlFor={inputId(`${at}.body`)} compact>
                  <Input.TextArea
                    id={inputId(`${at}.body`)}
                    value={s.body ?? ''}
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    maxLength={20000}
                    onChange={(e) => set({ body: e.target.value })}
                  />
                </DraftField>
              </div>
            )
          })}
        </Flex>
      </Card>

      <Card title={t('planForm.recipientsSection')} size="small">
        <Flex vertical gap={4}>
          {plan.recipients.length === 0 && <Typography.Text type="secondary">{t('planForm.noRecipients')}</Typography.Text>}
          {plan.recipients.map((r, i) => {
            const at = `plan.recipients[${r.key}]`
            const set = (patch: Partial<typeof r>) => setPlan({ recipients: patchItem(plan.recipients, r.key, patch) })
            return (
              <div key={r.key} {...pathAttributes(at, flashPath)} data-testid="import-recipient">
                <RowErrors path={at} />
                <Row gutter={8} align="middle" wrap>
                  <Col xs={24} md={12}>
                    <Flex gap={4} align="center">
                      <Input
                        id={inputId(`${at}.label`)}
                        value={r.label}
                        maxLength={300}
                        aria-label={t('planForm.recipientLabelN', { n: i + 1 })}
                        status={!r.label?.trim() || errorsFor(`${at}.label`) ? 'error' : undefined}
                        onFocus={() => reveal(at)}
                        onChange={(e) => set({ label: e.target.value })}
                      />
                      <SourceBadge path={at} name={t('planForm.recipientLabelN', { n: i + 1 })} />
                    </Flex>
                  </Col>
                  <Col xs={20} md={10}>
                    <OrgSelect
                      id={inputId(`${at}.organizationId`)}
                      aria-label={t('planForm.recipientOrgN', { n: i + 1 })}
                      placeholder={t('planForm.recipientOrgPlaceholder')}
                      known={orgs}
                      value={r.organizationId ?? undefined}
                      status={errorsFor(`${at}.organizationId`) ? 'error' : undefined}
                      onChange={(v) => set({ organizationId: v })}
                      onPicked={rememberOrg}
                    />
                  </Col>
                  <Col xs={4} md={2}>
                    <RemoveButton
                      label={t('planImport.plan.removeRecipient', { n: i + 1 })}
                      onClick={() => setPlan({ recipients: dropItem(plan.recipients, r.key) })}
                    />
                  </Col>
                </Row>
                {[`${at}.label`, `${at}.organizationId`].flatMap((p) => errorsFor(p) ?? []).map((m, k) => (
                  <div key={k} role="alert" style={{ color: '#cf1322' }}>
                    {m}
                  </div>
                ))}
              </div>
            )
          })}
        </Flex>
      </Card>

      <Card title={t('planImport.plan.signerContact')} size="small">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="signerAuthority" label={t('plan.signerAuthority')} maxLength={100} />
          </Col>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="signerTitle" label={t('plan.signerTitle')} maxLength={100} />
          </Col>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="signerName" label={t('plan.signerName')} maxLength={100} />
          </Col>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="contactName" label={t('plan.contactName')} maxLength={150} />
          </Col>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="contactTitle" label={t('plan.contactTitle')} maxLength={300} />
          </Col>
          <Col xs={24} md={8}>
            <PlanText plan={plan} setPlan={setPlan} name="contactPhone" label={t('plan.contactPhone')} maxLength={30} />
          </Col>
        </Row>
      </Card>
    </Flex>
  )
})
