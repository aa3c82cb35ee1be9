// Types of the validating function that scripts/schema-code.mjs generates from data/films.schema.json.
export interface ShapeError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}
export interface ShapeCheck {
  (data: unknown): boolean;
  errors?: ShapeError[] | null;
}
export const validate: ShapeCheck;
export default validate;
