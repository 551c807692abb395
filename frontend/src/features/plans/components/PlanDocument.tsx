import { useTranslation } from 'react-i18next'
import type { Plan, Task } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { documentPlaceDate, legalBasisText, numbered, roman } from '../utils'

function Blank() {
  const { t } = useTranslation()
  return <span className="doc-blank">{t('doc.blank')}</span>
}

function SectionHeading({ n, text }: { n: number; text: string }) {
  return (
    <div className="doc-heading">
      {roman(n)}. {text}
    </div>
  )
}

/** Groups tasks by lead organisation, in the order the organisations first appear. */
function byLead(tasks: readonly Task[]) {
  const groups = new Map<number, { name: string; tasks: Task[] }>()
  for (const task of tasks) {
    const g = groups.get(task.leadOrganization.id) ?? { name: task.leadOrganization.name, tasks: [] }
    g.tasks.push(task)
    groups.set(task.leadOrganization.id, g)
  }
  return [...groups.values()]
}

/**
 * The plan laid out like the signed paper (Decree 30/2020/NĐ-CP, Mẫu 1.4): header with the
 * issuing body and the national motto, number and place-date on one line, title, legal
 * bases, sections I–IV, recipients and signature.
 */
export function PlanDocument({ plan, tasks }: { plan: Plan; tasks: readonly Task[] }) {
  const { t } = useTranslation()
  const bases = plan.legalBases ?? []
  const sections = plan.contentSections ?? []
  const recipients = plan.recipients ?? []
  const groups = byLead(tasks)

  return (
    <article className="plan-document" aria-label={t('doc.ariaLabel')} data-testid="plan-document">
      <div className="doc-header">
        <div>
          <div className="doc-issuer">{plan.issuingOrganization.name}</div>
          <div className="doc-rule" />
        </div>
        <div>
          <div className="doc-motto">{t('doc.nationalTitle')}</div>
          <div style={{ fontWeight: 700 }}>{t('doc.motto')}</div>
          <div className="doc-rule" />
        </div>
        <div data-testid="plan-reference">{t('doc.number', { reference: plan.reference })}</div>
        <div className="doc-place-date" data-testid="plan-place-date">
          {documentPlaceDate(t, plan.place, plan.issueDate)}
        </div>
      </div>

      <div className="doc-title">
        <div className="doc-kind">{t('doc.kind')}</div>
        <div className="doc-summary">{plan.title}</div>
        <div className="doc-rule" style={{ width: '25%' }} />
      </div>

      {bases.map((b, i) => (
        <p className="doc-basis" key={i}>
          {legalBasisText(t, b)}
          {i === bases.length - 1 ? '.' : ';'}
        </p>
      ))}

      <SectionHeading n={1} text={t('doc.sectionPurpose')} />
      <div className="doc-heading">{t('doc.purpose')}</div>
      <p className="doc-paragraph">{plan.purpose || <Blank />}</p>
      <div className="doc-heading">{t('doc.requirements')}</div>
      <p className="doc-paragraph">{plan.requirements || <Blank />}</p>

      <SectionHeading n={2} text={t('doc.sectionContent')} />
      {sections.length === 0 && (
        <p className="doc-paragraph">
          <Blank />
        </p>
      )}
      {sections.map((s, i) => (
        <div key={i}>
          <div className="doc-heading">{numbered(i + 1, s.heading)}</div>
          <p className="doc-paragraph">{s.body}</p>
        </div>
      ))}

      <SectionHeading n={3} text={t('doc.sectionTasks')} />
      {groups.length === 0 && (
        <p className="doc-paragraph">
          <Blank />
        </p>
      )}
      {groups.map((g, i) => (
        <div key={g.name}>
          <div className="doc-heading">
            {i + 1}. {g.name}
          </div>
          {g.tasks.map((task) => (
            <p className="doc-paragraph" key={task.id}>
              {t('doc.dash')}
              {task.text}
              {task.dueDate && t('doc.taskDue', { date: formatDate(task.dueDate) })}
            </p>
          ))}
        </div>
      ))}

      <SectionHeading n={4} text={t('doc.sectionOrganisation')} />
      <p className="doc-paragraph">
        {plan.standingOrganization
          ? t('doc.standing', { org: plan.standingOrganization.name })
          : t('doc.standingNone')}
      </p>
      {(plan.contactName || plan.contactPhone) && (
        <p className="doc-paragraph">
          {t('doc.contact', {
            name: [plan.contactTitle, plan.contactName].filter(Boolean).join(' '),
            phone: plan.contactPhone ?? '',
          })}
        </p>
      )}

      <div className="doc-footer">
        <div className="doc-recipients">
          <div style={{ fontWeight: 700, fontStyle: 'italic' }}>{t('doc.recipients')}</div>
          {recipients.map((r, i) => (
            <div key={i}>
              {t('doc.dash')}
              {r.label || r.organization?.name}
              {i === recipients.length - 1 ? '.' : ';'}
            </div>
          ))}
          {recipients.length === 0 && <Blank />}
        </div>
        <div className="doc-signer">
          {plan.signerAuthority && <div style={{ fontWeight: 700 }}>{plan.signerAuthority}</div>}
          <div style={{ fontWeight: 700 }}>{plan.signerTitle || <Blank />}</div>
          <div className="doc-signer-name">{plan.signerName || <Blank />}</div>
        </div>
      </div>
    </article>
  )
}
