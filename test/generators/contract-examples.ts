import path from 'node:path';
import { validatorNames } from '../../generators/asyncapi/emit.ts';
import { collectWsModel } from '../../generators/asyncapi/model.ts';
import { bundleContract } from '../../generators/core/bundle.ts';
import { resolvePointer } from '../../generators/core/contract-error.ts';
import { pascalCase } from '../../generators/core/text.ts';
import { collectOperations, type Schema } from '../../generators/openapi/operations.ts';
import { validatorName } from '../../generators/openapi/validators.ts';
import { ROOT } from './run-generate.ts';

/** One example found in a contract and the generated validator that must accept it. */
export interface ExampleCase {
  readonly validator: string;
  readonly example: unknown;
  readonly where: string;
}

function deref(doc: Schema, node: unknown): Schema {
  let current = node as Schema;
  while (current && typeof current.$ref === 'string') current = resolvePointer(doc, current.$ref) as Schema;
  return current;
}

/** Examples of a media type object: `example` or every `examples.*.value`. */
function mediaExamples(media: Schema | undefined): unknown[] {
  if (!media) return [];
  if (media.example !== undefined) return [media.example];
  return Object.values((media.examples ?? {}) as Record<string, Schema>)
    .map((e) => e.value)
    .filter((v) => v !== undefined);
}

/** Examples of every component schema (JSON Schema `examples`, OpenAPI `example`). */
function componentExamples(doc: Schema, where: string): ExampleCase[] {
  const schemas = ((doc.components as Schema | undefined)?.schemas ?? {}) as Record<string, Schema>;
  return Object.entries(schemas).flatMap(([name, schema]) =>
    [
      ...(Array.isArray(schema.examples) ? schema.examples : []),
      ...(schema.example !== undefined ? [schema.example] : []),
    ].map((example) => ({
      validator: `schema${pascalCase(name)}`,
      example,
      where: `${where}#/components/schemas/${name}`,
    })),
  );
}

/** Every example of a REST contract: bodies, responses, parameters, component schemas. */
export async function restExamples(entry: string): Promise<ExampleCase[]> {
  const { doc, source } = await bundleContract(path.join(ROOT, entry), ROOT);
  const api = collectOperations(doc, source);
  const cases: ExampleCase[] = componentExamples(doc, source);
  for (const op of api.operations) {
    const raw = deref(doc, resolvePointer(doc, op.pointer));
    const where = `${source}#${op.pointer}`;
    for (const example of op.requestBody?.examples ?? [])
      cases.push({ validator: validatorName.body(op), example, where });
    for (const [status, response] of Object.entries((raw.responses ?? {}) as Record<string, unknown>)) {
      const content = (deref(doc, response).content ?? {}) as Record<string, Schema>;
      for (const media of Object.values(content)) {
        for (const example of mediaExamples(media)) {
          cases.push({
            validator: validatorName.response(op, status),
            example,
            where: `${where}/responses/${status}`,
          });
        }
      }
    }
    for (const location of ['path', 'query', 'header'] as const) {
      const params = op.parameters.filter((p) => p.in === location);
      const withExample = params.filter((p) => p.example !== undefined);
      if (withExample.length === 0 || params.some((p) => p.required && p.example === undefined)) continue;
      const example = Object.fromEntries(
        withExample.map((p) => [location === 'header' ? p.name.toLowerCase() : p.name, p.example]),
      );
      cases.push({ validator: validatorName.params(op, location), example, where: `${where}/parameters` });
    }
  }
  return cases;
}

/** Every message example of an AsyncAPI contract, for the validator of its direction. */
export async function wsExamples(entry: string): Promise<ExampleCase[]> {
  const { doc, source } = await bundleContract(path.join(ROOT, entry), ROOT);
  const model = collectWsModel(doc, source);
  const cases: ExampleCase[] = componentExamples(doc, source);
  for (const m of model.clientMessages) {
    for (const example of m.examples)
      cases.push({ validator: validatorNames.client(m), example, where: `${source}#${m.pointer}` });
  }
  for (const m of model.serverMessages) {
    for (const example of m.examples)
      cases.push({ validator: validatorNames.server(m), example, where: `${source}#${m.pointer}` });
  }
  return cases;
}
