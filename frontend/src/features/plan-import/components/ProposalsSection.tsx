import { Card, Checkbox, Col, Flex, Input, Row, Select, Switch, Tag, Typography } from 'antd'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/OrgSelect'
import type { IndicatorKind, OrganizationType } from '@/lib/api/types'
import { patchItem, type EditNewOrg, type EditTarget, type ImportState } from '../draft'
import { inputId, useReview, type Update } from './context'
import { DraftField, RowErrors } from './DraftField'

const ORG_TYPES: OrganizationType[] = [
  'DEPARTMENT',
  'POLICE',
  'POLICE_UNIT',
  'WARD_POLICE',
  'MILITARY',
  'FRONT',
  'UNION',
  'MEDIA',
  'ENTERPRISE',
  'WARD',
  'COMMUNE',
  'SCHOOL_PRIMARY',
  'SCHOOL_LOWER_SECONDARY',
  'SCHOOL_UPPER_SECONDARY',
  'COLLEGE',
  'UNIVERSITY',
  'PEOPLES_COMMITTEE',
  'OTHER',
]

/**
 * Agencies the document names that match no organisation: proposed for creation with the plan
 * (name, guessed type, a parent to choose), or left out — then the rows naming them need another
 * organisation.
 */
export const ProposalsSection = memo(function ProposalsSection({ newOrganizations, update }: Pick<ImportState, 'newOrganizations'> & { update: Update }) {
  const { t } = useTranslation()
  const { orgs } = useReview()
  if (newOrganizations.length === 0) return null
  const set = (key: number, patch: Partial<EditNewOrg>) => update((s) => ({ ...s, newOrganizations: patchItem(s.newOrganizations, key, patch) }))
  return (
    <Card title={t('planImport.newOrgs.section')} size="small" data-testid="import-new-orgs">
      <Typography.Paragraph type="secondary">{t('planImport.newOrgs.hint')}</Typography.Paragraph>
      {newOrganizations.map((o) => {
        const at = `newOrganizations[${o.key}]`
        return (
          <div key={o.key} data-testid="import-new-org" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
            <RowErrors path={at} />
            <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
              <Checkbox checked={o.create} onChange={(e) => set(o.key, { create: e.target.checked })}>
                {t('planImport.newOrgs.create')}
              </Checkbox>
              {o.text && <Tag>{t('planImport.newOrgs.readAs', { text: o.text })}</Tag>}
            </Flex>
            {o.create && (
              <Row gutter={12}>
                <Col xs={24} md={10}>
                  <DraftField path={`${at}.name`} label={t('planImport.newOrgs.name')} htmlFor={inputId(`${at}.name`)} required compact>
                    <Input id={inputId(`${at}.name`)} value={o.name} maxLength={300} onChange={(e) => set(o.key, { name: e.target.value })} />
                  </DraftField>
                </Col>
                <Col xs={24} md={6}>
                  <DraftField path={`${at}.type`} label={t('planImport.newOrgs.type')} htmlFor={inputId(`${at}.type`)} required compact>
                    <Select
                      id={inputId(`${at}.type`)}
                      value={o.type}
                      options={ORG_TYPES.map((v) => ({ value: v, label: t(`enums.organizationType.${v}`) }))}
                      onChange={(type: OrganizationType) => set(o.key, { type })}
                    />
                  </DraftField>
                </Col>
                <Col xs={24} md={8}>
                  <DraftField
                    path={`${at}.parentOrganizationId`}
                    label={t('planImport.newOrgs.parent')}
                    htmlFor={inputId(`${at}.parentOrganizationId`)}
                    required
                    compact
                  >
                    <OrgSelect
                      id={inputId(`${at}.parentOrganizationId`)}
                      aria-label={t('planImport.newOrgs.parent')}
                      known={orgs}
                      value={o.parentOrganizationId ?? undefined}
                      status={o.parentOrganizationId == null ? 'warning' : undefined}
                      onChange={(v) => set(o.key, { parentOrganizationId: v })}
                    />
                  </DraftField>
                </Col>
              </Row>
            )}
          </div>
        )
      })}
    </Card>
  )
})

/** The standing agency's and the lists' receiver as the text names them, with the place each was read. */
export const RolesSection = memo(function RolesSection({
  plan,
  newOrganizations,
  receivingOrganizationId,
  update,
}: Pick<ImportState, 'plan' | 'newOrganizations' | 'receivingOrganizationId'> & { update: Update }) {
  const { t } = useTranslation()
  const { orgs } = useReview()
  const proposed = newOrganizations.find((o) => o.key === plan.standingNewOrganization)
  return (
    <Card title={t('planImport.roles.section')} size="small" data-testid="import-roles">
      <Typography.Paragraph type="secondary">{t('planImport.roles.hint')}</Typography.Paragraph>
      {plan.standingOrganizationId == null && proposed && (
        <Typography.Paragraph data-testid="import-standing-proposed">{t('planImport.roles.standingProposed', { name: proposed.name })}</Typography.Paragraph>
      )}
      <DraftField path="quotas[].receivingOrganizationId" label={t('planImport.roles.receiver')} htmlFor={inputId('quotas.receivingOrganizationId')}>
        <OrgSelect
          id={inputId('quotas.receivingOrganizationId')}
          aria-label={t('planImport.roles.receiver')}
          known={orgs}
          value={receivingOrganizationId ?? undefined}
          placeholder={t('planImport.roles.receiverDefault')}
          onChange={(v) => update((s) => ({ ...s, receivingOrganizationId: v }))}
        />
      </DraftField>
    </Card>
  )
})

const KINDS: IndicatorKind[] = ['UNITS_WITH_ACTIVITY', 'FRAME_ADOPTION', 'PARTICIPATION']

/** Targets read from "100 % …" phrases, each measuring its task; created with the campaign. */
export const TargetsSection = memo(function TargetsSection({
  targets,
  tasks,
  campaign,
  update,
}: Pick<ImportState, 'targets' | 'tasks' | 'campaign'> & { update: Update }) {
  const { t } = useTranslation()
  if (targets.length === 0) return null
  const set = (key: number, patch: Partial<EditTarget>) => update((s) => ({ ...s, targets: patchItem(s.targets, key, patch) }))
  return (
    <Card title={t('planImport.targets.section')} size="small" data-testid="import-targets">
      {!campaign?.include && <Typography.Paragraph type="secondary">{t('planImport.targets.needCampaign')}</Typography.Paragraph>}
      {targets.map((target) => {
        const at = `targets[${target.key}]`
        const task = tasks.find((x) => x.key === target.taskKey)
        return (
          <div key={target.key} data-testid="import-target" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
            <RowErrors path={at} />
            <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
              <Switch size="small" checked={target.include} onChange={(include) => set(target.key, { include })} aria-label={t('planImport.targets.include')} />
              <Tag color="blue">{target.goalPercent ?? 100}%</Tag>
              {task?.label && <Tag>{t('planImport.targets.task', { label: task.label })}</Tag>}
              {target.audience && <Tag>{t(`planImport.targets.audience.${target.audience}`, { defaultValue: target.audience })}</Tag>}
              {target.activityType && <Tag>{t(`enums.activityType.${target.activityType}`)}</Tag>}
            </Flex>
            {target.include && (
              <Row gutter={12}>
                <Col xs={24} md={16}>
                  <DraftField path={`${at}.name`} label={t('planImport.targets.name')} htmlFor={inputId(`${at}.name`)} required compact>
                    <Input id={inputId(`${at}.name`)} value={target.name} maxLength={300} onChange={(e) => set(target.key, { name: e.target.value })} />
                  </DraftField>
                </Col>
                <Col xs={24} md={8}>
                  <DraftField path={`${at}.kind`} label={t('planImport.targets.kind')} htmlFor={inputId(`${at}.kind`)} required compact>
                    <Select
                      id={inputId(`${at}.kind`)}
                      value={target.kind}
                      options={KINDS.map((k) => ({ value: k, label: t(`planImport.targets.kinds.${k}`) }))}
                      onChange={(kind: IndicatorKind) => set(target.key, { kind })}
                    />
                  </DraftField>
                </Col>
              </Row>
            )}
          </div>
        )
      })}
    </Card>
  )
})
