/** Finds keys a file has that the schema does not know: they are dropped on load and reported. */
import type { z } from 'zod';
import { ownEntry } from '../ownTable.ts';
import type { Problem } from './problem.ts';

interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly values?: readonly unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Reports at most `limit` unknown keys, each with its JSON path. */
export function unknownKeys(value: unknown, schema: z.ZodType, path = '$', out: Problem[] = [], limit = 50): Problem[] {
  if (out.length >= limit || value === null || typeof value !== 'object') return out;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return def.innerType ? unknownKeys(value, def.innerType, path, out, limit) : out;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((v, i) => unknownKeys(v, def.element!, `${path}[${i}]`, out, limit));
      return out;
    case 'record':
      if (def.valueType) for (const [k, v] of Object.entries(value)) unknownKeys(v, def.valueType, `${path}.${k}`, out, limit);
      return out;
    case 'union': {
      const discriminator = def.discriminator ?? 'kind';
      const kind = ownEntry(value as Record<string, unknown>, discriminator);
      const tagOf = (o: z.ZodType) => ownEntry(defOf(o).shape ?? {}, discriminator);
      const option = def.options?.find((o) => defOf(tagOf(o) ?? o).values?.includes(kind));
      return option ? unknownKeys(value, option, path, out, limit) : out;
    }
    case 'object': {
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      for (const [k, v] of Object.entries(value)) {
        if (out.length >= limit) break;
        const field = ownEntry(shape, k);
        if (!field) out.push({ path: `${path}.${k}`, message: `unknown key "${k}" was ignored` });
        else unknownKeys(v, field, `${path}.${k}`, out, limit);
      }
      return out;
    }
    default:
      return out;
  }
}
