// Types of config-validate.generated.js (written by scripts/generate-config-validator.mjs).
import type { ValidateFunction } from 'ajv'

export declare const validate: ValidateFunction
export default validate
