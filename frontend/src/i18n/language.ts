/**
 * Whether a text reads as the wrong language: English in a Vietnamese screen, Vietnamese in an English one.
 * Used by i18n.test.ts on every value of vi.json and en.json, and by the page tests on the rendered DOM.
 *
 * The heuristic, kept deliberately narrow so it never fires on good Vietnamese:
 * - Vietnamese text is recognised by its letters (ă â đ ê ô ơ ư and the tone marks); English has none.
 * - A Vietnamese text "looks English" when it holds an English function word that no Vietnamese word is spelled as
 *   ("the", "of", "must", "please"… — not "to", "an", "in", "do", "no", which are Vietnamese words too), or, having no
 *   Vietnamese letter at all, a common English word of the interface ("save", "blank", "required"…). Loanwords that
 *   Vietnamese officials write as they are (Email, QR, Hashtag, Video…) are allowed.
 * - An English text "has Vietnamese" when a Vietnamese letter is left once quotations (“…”, "…"), glosses in
 *   parentheses and known proper names (the document's own terms: "TM. ỦY BAN NHÂN DÂN", "NĐ-CP") are taken out.
 * Placeholders ({{name}}), tags (<1>…</1>), addresses (https://…, /plans) and codes with digits or a colon are never judged.
 */

const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i

/** English words no Vietnamese word is spelled as (with or without its marks). */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'is', 'are', 'was', 'were', 'must', 'not', 'please', 'with', 'your', 'you', 'this', 'that',
  'from', 'will', 'be', 'been', 'cannot', 'should', 'has', 'have', 'for', 'or', 'its', 'it', 'than', 'between',
  'which', 'when', 'there', 'here', 'into', 'only', 'each', 'every', 'any', 'some', 'could', 'would', 'does', "can't",
  "don't", "isn't", "it's",
])

/** Common English words of an interface: in a Vietnamese text without a single Vietnamese letter, a sure sign. */
const ENGLISH_UI_WORDS = new Set([
  'save', 'cancel', 'delete', 'edit', 'add', 'new', 'search', 'loading', 'submit', 'close', 'back', 'next', 'previous',
  'name', 'date', 'status', 'yes', 'required', 'invalid', 'error', 'failed', 'blank', 'empty', 'size', 'unknown',
  'open', 'none', 'all', 'view', 'download', 'upload', 'report', 'reports', 'plan', 'plans', 'task', 'tasks', 'send',
  'sent', 'sign', 'login', 'logout', 'password', 'user', 'users', 'settings', 'home', 'help', 'done', 'late', 'overdue',
  'draft', 'issued', 'closed', 'cancelled', 'pending', 'approved', 'rejected', 'school', 'schools', 'ward', 'wards',
  'agency', 'agencies', 'target', 'targets', 'campaign', 'event', 'events', 'quota', 'quotas', 'progress', 'total',
  'page', 'filter', 'filters', 'reset', 'confirm', 'retry', 'select', 'choose', 'enter', 'type', 'category', 'org',
  'organisation', 'organization', 'leader', 'enterprise', 'police', 'unit', 'units', 'day', 'days', 'week', 'today',
])

/** Words Vietnamese officials and pupils write as they are. */
export const LOANWORDS = new Set([
  'qr', 'email', 'csv', 'api', 'url', 'pdf', 'xlsx', 'docx', 'word', 'excel', 'id', 'otp', 'video', 'standee',
  'sticker', 'decal', 'infographic', 'hashtag', 'trailer', 'webhook', 'webhooks', 'stt', 'kh', 'vi', 'en', 'english',
  'zalo', 'facebook', 'tiktok', 'youtube', 'kol', 'kols', 'https', 'http', 'bearer', 'token', 'json', 'ok', 'online',
])

/** Proper names and document terms an English text may quote as they are written. */
export const PROPER_NAMES = [
  'Tiếng Việt', 'TM. ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN', 'KT. GIÁM ĐỐC', 'NĐ-CP', 'QĐ-TTg', 'Châu Văn Liêm', 'Sở Tài chính',
  'Cần Thơ', 'Mã đơn vị', 'Cán bộ', 'Học sinh', 'Sinh viên', 'Giáo viên',
]

function judged(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/<\/?\d+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    // codes, not words: a path (/plans), a scope (plans:read), an event type (plan.issued), an identifier with digits (sc-new0000009, 120/KH-UBND)
    .replace(/(^|\s)\/\S*/g, ' ')
    .replace(/\S*\w[:.]\w\S*/g, ' ')
    .replace(/\S*\d\S*/g, ' ')
}

function words(text: string): string[] {
  return judged(text).toLowerCase().match(/[\p{L}']+/gu) ?? []
}

/** The English words that make a Vietnamese text look English; empty when it reads as Vietnamese. */
export function englishIn(text: string): string[] {
  const ws = words(text).filter((w) => !LOANWORDS.has(w))
  const found = ws.filter((w) => ENGLISH_FUNCTION_WORDS.has(w))
  if (!VIETNAMESE_LETTER.test(judged(text))) found.push(...ws.filter((w) => ENGLISH_UI_WORDS.has(w)))
  return [...new Set(found)]
}

/** The Vietnamese left in an English text once its quotations, glosses and proper names are out; empty when none. */
export function vietnameseIn(text: string): string[] {
  let rest = judged(text)
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
  for (const name of PROPER_NAMES) rest = rest.split(name).join(' ')
  return (rest.match(/[\p{L}'.-]+/gu) ?? []).filter((w) => VIETNAMESE_LETTER.test(w))
}
