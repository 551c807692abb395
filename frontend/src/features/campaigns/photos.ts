/** What the server takes as a report's photo: JPEG, PNG or WebP of at most 5 MB. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp'
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024

/** Why a file cannot be a report's photo (an i18n key under activityReport), or null. */
export function checkPhoto(file: { type: string; size: number }): 'photoType' | 'photoTooLarge' | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'photoType'
  if (file.size > PHOTO_MAX_BYTES) return 'photoTooLarge'
  return null
}
