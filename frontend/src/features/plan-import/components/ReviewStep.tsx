import { CheckOutlined, ReloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, Flex, Form, Grid, Popconfirm, Row, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker, useNavigate } from 'react-router'
import { FormProblem } from '@/components/FormProblem'
import { newIdempotencyKey } from '@/lib/api/idempotency'
import { isApiError } from '@/lib/api/problem'
import type { ExtractedField, PlanDraft } from '@/lib/api/types'
import { useConfirmImport } from '../api/planImport'
import {
  attemptKey,
  blockers as blockersOf,
  fromDraft,
  knownOrgs,
  placeErrors,
  shownPaths,
  toConfirmInput,
  type AttemptKey,
  type Blocker,
  type ImportState,
  type KnownOrg,
  type RowMap,
} from '../draft'
import { closestEditorPath, fieldsAt, indexFields, lineSegments } from '../highlight'
import { ReviewContext, type ReviewContextValue, type Update } from './context'
import { DocumentPane, type Flash } from './DocumentPane'
import { CampaignSection, EventsSection } from './EventsSection'
import { ImportSteps } from './ImportSteps'
import { PlanSection } from './PlanSection'
import { ProposalsSection, RolesSection, TargetsSection } from './ProposalsSection'
import { TasksSection } from './TasksSection'

const FLASH_MS = 1600
const BLOCKERS_SHOWN = 6

/**
 * Steps 2 and 3: the document and the draft side by side. Every value shows how sure the importer
 * is and where it was read; the coordinator fixes or drops each, then confirms, and the plan is
 * created with its tasks, events, quotas and campaign in one transaction.
 */
export function ReviewStep({ draft, sourceName, onRestart }: { draft: PlanDraft; sourceName: string; onRestart: () => void }) {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const screens = Grid.useBreakpoint()
  const [state, setState] = useState<ImportState>(() => fromDraft(draft))
  const update = useCallback<Update>((change) => setState(change), [])
  const [orgs, setOrgs] = useState<KnownOrg[]>(() => knownOrgs(draft))
  const byPath = useMemo(() => indexFields(draft.fields), [draft])
  const segments = useMemo(() => lineSegments(draft.lines, draft.fields), [draft])
  const [flash, setFlash] = useState<Flash | null>(null)
  const [flashPath, setFlashPath] = useState<{ path: string; nonce: number } | null>(null)
  const editor = useRef<HTMLDivElement>(null)
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  // A flash still pending when the page goes away is dropped, not set on an unmounted tree.
  useEffect(() => () => clearTimeout(flashTimer.current), [])
  const confirm = useConfirmImport()
  const attempt = useRef<AttemptKey | null>(null)
  const done = useRef(false)
  const [refusal, setRefusal] = useState<{ error: unknown; rows: RowMap } | null>(null)

  const blockers = useMemo(() => blockersOf(state), [state])
  const shown = useMemo(() => shownPaths(state), [state])
  const placed = useMemo(
    () => (refusal && isApiError(refusal.error) ? placeErrors(refusal.error.fieldErrors, refusal.rows, shown) : null),
    [refusal, shown],
  )

  const rememberOrg = useCallback((org: KnownOrg | undefined) => {
    if (!org) return
    setOrgs((prev) => (prev.some((o) => o.id === org.id) ? prev : [...prev, { id: org.id, name: org.name, code: org.code, type: org.type }]))
  }, [])

  const reveal = useCallback(
    (path: string) => {
      const ids = fieldsAt(byPath, path).filter((i) => draft.fields[i].source)
      if (ids.length > 0) setFlash((prev) => ({ fields: ids, nonce: (prev?.nonce ?? 0) + 1 }))
    },
    [byPath, draft],
  )

  /** Takes the coordinator to the editor of a path: scrolled into view, focused, flashed. */
  const goTo = useCallback(
    (path: string): boolean => {
      const root = editor.current
      if (!root) return false
      const elements = [...root.querySelectorAll<HTMLElement>('[data-path]')]
      const target = closestEditorPath(
        path,
        elements.map((e) => e.getAttribute('data-path') ?? ''),
      )
      const el = elements.find((e) => e.getAttribute('data-path') === target)
      if (!el || !target) return false
      el.scrollIntoView?.({ behavior: 'smooth', block: 'center' })
      el.querySelector<HTMLElement>('input:not([disabled]), textarea, [role="combobox"]')?.focus({ preventScroll: true })
      const nonce = Date.now()
      setFlashPath({ path: target, nonce })
      clearTimeout(flashTimer.current)
      flashTimer.current = setTimeout(() => setFlashPath((cur) => (cur?.nonce === nonce ? null : cur)), FLASH_MS)
      return true
    },
    [],
  )

  const pickSpan = useCallback(
    (field: ExtractedField) => {
      if (!goTo(field.path)) void message.info(t('planImport.document.dropped'))
    },
    [goTo, message, t],
  )

  // Leaving with an unconfirmed draft loses the coordinator's corrections: ask first.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => !done.current && currentLocation.pathname !== nextLocation.pathname)
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    modal.confirm({
      title: t('planImport.leave.title'),
      content: t('planImport.leave.content'),
      okText: t('planImport.leave.ok'),
      cancelText: t('planImport.leave.stay'),
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    })
  }, [blocker, modal, t])
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!done.current) e.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [])

  const submit = async () => {
    const { input, rows } = toConfirmInput(state)
    attempt.current = attemptKey(attempt.current, JSON.stringify(input), () => newIdempotencyKey('plan-import'))
    setRefusal(null)
    try {
      const result = await confirm.mutateAsync({ body: input, key: attempt.current.key })
      done.current = true
      void message.success(t('planImport.confirm.done'))
      void navigate(`/plans/${result.planId}`)
    } catch (e) {
      setRefusal({ error: e, rows })
      if (isApiError(e)) {
        const first = placeErrors(e.fieldErrors, rows, shownPaths(state)).at.keys().next()
        if (!first.done) setTimeout(() => goTo(first.value), 0)
      }
    }
  }

  const context = useMemo<ReviewContextValue>(
    () => ({
      draft,
      byPath,
      errorsAt: placed?.at ?? new Map(),
      reveal,
      flashPath: flashPath?.path ?? null,
      orgs,
      rememberOrg,
    }),
    [draft, byPath, placed, reveal, flashPath, orgs, rememberOrg],
  )

  const { input } = useMemo(() => toConfirmInput(state), [state])
  const unknownCount = draft.fields.filter((f) => f.status === 'UNKNOWN_ORGANIZATION').length

  return (
    <ReviewContext.Provider value={context}>
      <ImportSteps current={blockers.length === 0 ? 2 : 1} />
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Tag color={draft.sourceKind === 'OCR' ? 'orange' : 'blue'}>{t(`planImport.sourceKind.${draft.sourceKind}`)}</Tag>
          <Typography.Text type="secondary">{sourceName}</Typography.Text>
          <Typography.Text type="secondary">
            {t('planImport.review.found', { count: draft.fields.filter((f) => f.status === 'FOUND').length })}
          </Typography.Text>
          {unknownCount > 0 && <Tag color="red">{t('planImport.review.unknownCount', { count: unknownCount })}</Tag>}
        </Flex>
        {draft.sourceKind === 'OCR' && <Alert type="warning" showIcon title={t('planImport.review.ocr')} />}
        {draft.warnings.length > 0 && (
          <Alert
            type="info"
            showIcon
            title={t('planImport.review.warnings', { count: draft.warnings.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {draft.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            }
          />
        )}
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} lg={10} style={screens.lg ? { position: 'sticky', top: 16 } : undefined}>
            <Card size="small" title={t('planImport.document.title')}>
              <DocumentPane
                draft={draft}
                segments={segments}
                flash={flash}
                onPick={pickSpan}
                maxHeight={screens.lg ? 'calc(100vh - 260px)' : '45vh'}
              />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <div ref={editor} role="region" aria-label={t('planImport.review.draft')} data-testid="import-editor">
              <Form layout="vertical" component={false}>
                <Flex vertical gap={16}>
                  <PlanSection plan={state.plan} update={update} />
                  <RolesSection
                    plan={state.plan}
                    newOrganizations={state.newOrganizations}
                    receivingOrganizationId={state.receivingOrganizationId}
                    update={update}
                  />
                  <ProposalsSection newOrganizations={state.newOrganizations} update={update} />
                  <EventsSection events={state.events} quotas={state.quotas} update={update} />
                  <TasksSection tasks={state.tasks} quotas={state.quotas} events={state.events} update={update} />
                  <CampaignSection campaign={state.campaign} update={update} />
                  <TargetsSection targets={state.targets} tasks={state.tasks} campaign={state.campaign} update={update} />
                </Flex>
              </Form>
            </div>
          </Col>
        </Row>

        <div
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 5,
            background: '#fff',
            borderTop: '1px solid #f0f0f0',
            padding: '12px 16px',
            margin: '0 -4px',
          }}
          data-testid="import-confirm-bar"
        >
          {refusal && (
            <FormProblem
              value={{ error: refusal.error, unmatched: placed?.unmatched ?? [] }}
              title={isApiError(refusal.error) && refusal.error.status !== 0 ? t('planImport.confirm.refused') : undefined}
            />
          )}
          {blockers.length > 0 && <BlockerList blockers={blockers} onGo={goTo} />}
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Typography.Text type="secondary" data-testid="import-summary">
              {t('planImport.confirm.summary', {
                tasks: input.tasks?.length ?? 0,
                events: input.events?.length ?? 0,
                quotas: input.quotas?.length ?? 0,
              })}
              {input.campaign ? ` ${t('planImport.confirm.withCampaign')}` : ''}
            </Typography.Text>
            <Flex gap={8} wrap>
              <Popconfirm
                title={t('planImport.confirm.restartTitle')}
                okText={t('planImport.confirm.restart')}
                cancelText={t('common.cancel')}
                onConfirm={onRestart}
              >
                <Button icon={<ReloadOutlined />} disabled={confirm.isPending}>
                  {t('planImport.confirm.restart')}
                </Button>
              </Popconfirm>
              <Button
                type="primary"
                icon={<CheckOutlined />}
                disabled={blockers.length > 0}
                aria-describedby={blockers.length > 0 ? 'plan-import-blockers' : undefined}
                loading={confirm.isPending}
                onClick={() => void submit()}
                data-testid="import-confirm"
              >
                {t('planImport.confirm.button')}
              </Button>
            </Flex>
          </Flex>
        </div>
      </Flex>
    </ReviewContext.Provider>
  )
}

function BlockerList({ blockers, onGo }: { blockers: readonly Blocker[]; onGo: (path: string) => void }) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const shown = all ? blockers : blockers.slice(0, BLOCKERS_SHOWN)
  return (
    <Alert
      type="warning"
      showIcon
      id="plan-import-blockers"
      data-testid="import-blockers"
      style={{ marginBottom: 12 }}
      title={t('planImport.confirm.blocked', { count: blockers.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {shown.map((b, i) => (
            <li key={`${b.code}-${b.path}-${i}`}>
              <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onGo(b.path)}>
                {t(`planImport.blocker.${b.code}`, { n: b.n, task: b.label ? `${b.n} (${b.label})` : b.n, label: b.label ?? '' })}
              </Button>
            </li>
          ))}
          {blockers.length > shown.length && (
            <li>
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setAll(true)}>
                {t('planImport.confirm.moreBlockers', { count: blockers.length - shown.length })}
              </Button>
            </li>
          )}
        </ul>
      }
    />
  )
}
