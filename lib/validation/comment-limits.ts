/**
 * Field lengths of a reader's comment, shared by the schema and the form's maxLength attributes. Kept apart from the
 * zod schema because the form is a client component: importing the schema would ship zod to every article reader.
 */
export const commentLimits = { name: 80, email: 254, body: 5000 } as const;
