// Custom Spectral function (frontend/.spectral.yaml, rule "body-has-example"): a request body or an answer's body has an
// example. Given a media type object (refs already resolved by Spectral), it passes when the media type has `example` or
// `examples`, or when its schema is exemplified: the schema has `examples`/`example`, or is an enum, a const, a boolean or a
// binary file; an object whose every property is exemplified (recursively); an array whose items are; a map
// (additionalProperties) whose values are; allOf/oneOf/anyOf whose every member is. It names the first fields that are not.
const MAX_NAMED = 5

function exemplified(schema, path, missing, seen) {
  if (!schema || typeof schema !== 'object') return
  if (seen.has(schema)) return
  seen.add(schema)
  if (schema.example !== undefined || (Array.isArray(schema.examples) && schema.examples.length > 0)) return
  if (Array.isArray(schema.enum) || schema.const !== undefined) return
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  if (types.includes('boolean') || types.includes('null') && types.length === 1) return
  if (schema.format === 'binary' || schema.contentMediaType !== undefined) return
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(schema[key])) {
      schema[key].forEach((member, i) => exemplified(member, `${path}(${key}[${i}])`, missing, seen))
      return
    }
  }
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, property] of Object.entries(schema.properties)) {
      exemplified(property, path ? `${path}.${name}` : name, missing, seen)
    }
    return
  }
  if (types.includes('array') || schema.items) {
    exemplified(schema.items, `${path}[]`, missing, seen)
    return
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    exemplified(schema.additionalProperties, `${path}{}`, missing, seen)
    return
  }
  missing.push(path || 'the body')
}

export default function hasExample(media) {
  if (!media || typeof media !== 'object') return
  if (media.example !== undefined || (media.examples && Object.keys(media.examples).length > 0)) return
  if (!media.schema) return
  const missing = []
  exemplified(media.schema, '', missing, new Set())
  if (missing.length === 0) return
  const named = missing.slice(0, MAX_NAMED).join(', ') + (missing.length > MAX_NAMED ? ` and ${missing.length - MAX_NAMED} more` : '')
  return [{ message: `No example for ${named}: add examples to the record component's @Schema (or the parameter's example)` }]
}
