// Loads the committed OpenAPI subset (test/fixtures/openapi/github-subset.json), matches requests to its
// operations and validates them (path and query parameters, JSON body).

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import * as ajvFormats from 'ajv-formats'

export type JsonSchema = Record<string, unknown>

export interface SubsetParameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: JsonSchema
  'x-multi-segment'?: boolean
}

export interface SubsetOperation {
  operationId: string
  method: string
  path: string
  parameters: SubsetParameter[]
  requestBody: { required: boolean; contentType: string; schema: JsonSchema } | null
}

export interface OpenApiSubset {
  source: { package: string | null; file: string; openapi: string; plan: string | null }
  info: { version: string | null }
  operations: SubsetOperation[]
}

export const SUBSET_PATH = fileURLToPath(new URL('../fixtures/openapi/github-subset.json', import.meta.url))

export function loadSubset(path = SUBSET_PATH): OpenApiSubset {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiSubset
}

export interface MatchedOperation {
  operation: SubsetOperation
  /** Decoded path parameters. */
  params: Record<string, string>
}

export interface ValidationProblem {
  /** Readable, one line per problem. */
  messages: string[]
  /** The ajv errors behind them, if any. */
  errors: ErrorObject[]
}

interface CompiledOperation {
  operation: SubsetOperation
  regex: RegExp
  names: string[]
  specificity: number
  /** Compiled on the operation's first request (a test meets a few of the subset's operations). */
  validators: () => Validators
  queryNames: Set<string>
}

interface Validators {
  path: ValidateFunction
  query: ValidateFunction
  body: ValidateFunction | null
  /** Same body schema with additionalProperties: false added (detects misplaced or misspelled fields). */
  strictBody: ValidateFunction | null
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Copy of a schema where every object schema that lists `properties` (outside of anyOf/oneOf/allOf/not,
 * whose branches only constrain) and says nothing about additionalProperties gets
 * additionalProperties: false.
 */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects)
  if (schema === null || typeof schema !== 'object') return schema
  const src = schema as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(src)) {
    if (key === 'anyOf' || key === 'oneOf' || key === 'allOf' || key === 'not') out[key] = value
    else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, closeObjects(v)]))
    } else if (key === 'items' || key === 'additionalProperties') out[key] = closeObjects(value)
    else out[key] = value
  }
  if (src.properties && typeof src.properties === 'object' && src.additionalProperties === undefined) {
    out.additionalProperties = false
  }
  return out
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce })
  const plugin = (ajvFormats as unknown as { default: (a: Ajv) => Ajv }).default
  plugin(ajv)
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) })
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31,
  })
  return ajv
}

export function formatAjvErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = `${where}${e.instancePath}`
    if (e.keyword === 'additionalProperties') {
      return `${at} has unknown property '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
    }
    if (e.keyword === 'enum') {
      return `${at} ${e.message ?? 'is invalid'}: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
    }
    return `${at} ${e.message ?? 'is invalid'}`
  })
}

export class OpenApiValidator {
  private readonly compiled: CompiledOperation[]

  constructor(
    readonly subset: OpenApiSubset,
    private readonly options: { rejectUnknownBodyProperties?: boolean } = {},
  ) {
    const bodyAjv = makeAjv(false)
    const paramAjv = makeAjv(true)
    this.compiled = subset.operations.map((operation) => {
      const names: string[] = []
      let literal = 0
      const multi = new Set(operation.parameters.filter((p) => p['x-multi-segment']).map((p) => p.name))
      const pattern = operation.path
        .split('/')
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
            if (name === undefined) {
              literal += m.length
              return escapeRegex(m)
            }
            names.push(name)
            return multi.has(name) ? '(.*)' : '([^/]+)'
          }),
        )
        .join('/')
      const params = (where: 'path' | 'query') => {
        const list = operation.parameters.filter((p) => p.in === where)
        return {
          type: 'object',
          properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
          required: list.filter((p) => p.required).map((p) => p.name),
        }
      }
      const body = operation.requestBody?.schema
      let validators: Validators | undefined
      return {
        operation,
        regex: new RegExp(`^${pattern}$`),
        names,
        specificity: literal * 10 - multi.size,
        validators: () =>
          (validators ??= {
            path: paramAjv.compile(params('path')),
            query: paramAjv.compile(params('query')),
            body: body ? bodyAjv.compile(body) : null,
            strictBody: body ? bodyAjv.compile(closeObjects(body) as JsonSchema) : null,
          }),
        queryNames: new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name)),
      }
    })
    // Most specific first: '/commits/{ref}/check-runs' before the multi-segment '/commits/{ref}'.
    this.compiled.sort((a, b) => b.specificity - a.specificity)
  }

  /** Compiles every operation's validators now (they are compiled on first use): the count compiled. */
  compileAll(): number {
    for (const op of this.compiled) op.validators()
    return this.compiled.length
  }

  /** Operations whose path template matches (any method). */
  private candidates(rawPath: string): { op: CompiledOperation; params: Record<string, string> }[] {
    const out: { op: CompiledOperation; params: Record<string, string> }[] = []
    for (const op of this.compiled) {
      const m = op.regex.exec(rawPath)
      if (!m) continue
      const params: Record<string, string> = {}
      let ok = true
      op.names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(m[i + 1] ?? '')
        } catch {
          ok = false
        }
      })
      if (ok) out.push({ op, params })
    }
    return out
  }

  /** Finds the operation for METHOD + raw (still percent-encoded) path, or null. */
  match(method: string, rawPath: string): MatchedOperation | null {
    const found = this.candidates(rawPath).find((c) => c.op.operation.method === method.toUpperCase())
    return found ? { operation: found.op.operation, params: found.params } : null
  }

  /** Operations with this path but another method (to explain a mismatch). */
  otherMethods(rawPath: string): string[] {
    return this.candidates(rawPath).map((c) => `${c.op.operation.method} ${c.op.operation.path}`)
  }

  /** Validates a matched request. Returns null when it conforms. */
  validate(
    matched: MatchedOperation,
    query: URLSearchParams,
    body: { present: boolean; value: unknown },
  ): ValidationProblem | null {
    const op = this.compiled.find((c) => c.operation === matched.operation)
    if (!op) throw new Error('unknown operation')
    const messages: string[] = []
    const errors: ErrorObject[] = []
    const check = (validate: ValidateFunction, data: unknown, where: string) => {
      if (validate(data)) return
      messages.push(...formatAjvErrors(where, validate.errors))
      errors.push(...(validate.errors ?? []))
    }
    const validators = op.validators()
    check(validators.path, { ...matched.params }, 'path parameter')
    const q: Record<string, string> = {}
    for (const [k, v] of query) {
      if (!op.queryNames.has(k)) messages.push(`query parameter '${k}' is not defined for this operation`)
      q[k] = v
    }
    check(validators.query, q, 'query parameter')
    const rb = op.operation.requestBody
    if (rb && validators.body) {
      if (!body.present) {
        if (rb.required) messages.push('request body is required')
      } else {
        check(validators.body, body.value, 'body')
        if (
          this.options.rejectUnknownBodyProperties !== false &&
          validators.strictBody &&
          !validators.strictBody(body.value)
        ) {
          const unknown = (validators.strictBody.errors ?? []).filter(
            (e) => e.keyword === 'additionalProperties',
          )
          messages.push(...formatAjvErrors('body', unknown))
          errors.push(...unknown)
        }
      }
    } else if (body.present) {
      messages.push('this operation takes no request body')
    }
    return messages.length > 0 ? { messages, errors } : null
  }
}
