import { isArrayModelType, isRecordModelType, type Model, type Type } from "@typespec/compiler";

/**
 * A model that travels as a JSON object with declared properties: what a union
 * dispatches on by a tag. Arrays (`string[]`) and records (`Record<T>`) are models
 * in TypeSpec but declare no tag property, so unions treat them like strings and numbers.
 */
export function isObjectModel(type: Type): type is Model {
  return type.kind === "Model" && !isArrayModelType(type) && !isRecordModelType(type);
}
