import { z } from "zod";
import { isOnlyDots, onlyDotsMessage } from "@/lib/names/name-schema";
import { minPasswordLength } from "./password-policy";

/** Length is what makes a password strong; composition rules only make people predictable (NIST 800-63B). */
const passwordSchema = z
  .string()
  .min(minPasswordLength, `must be at least ${minPasswordLength} characters`)
  .max(256, "must be at most 256 characters");

export const usernameSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9._@-]+$/, "may contain only letters, digits and . _ @ -")
  .refine((name) => !isOnlyDots(name), onlyDotsMessage);

export const createUserSchema = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(1, "is required").max(128, "must be at most 128 characters"),
    email: z.union([z.literal(""), z.email("must be an email address").max(254)]).optional(),
    password: passwordSchema,
  })
  .refine((u) => u.password.toLowerCase() !== u.username.toLowerCase(), { message: "must not be the username", path: ["password"] });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({ disabled: z.boolean({ message: "must be true or false" }) });

export const resetPasswordSchema = z.object({ password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1, "is required"), newPassword: passwordSchema })
  .refine((p) => p.currentPassword !== p.newPassword, { message: "must differ from the current password", path: ["newPassword"] });
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

export const userIdParamsSchema = z.object({ userId: z.uuid("must be a user id") });
