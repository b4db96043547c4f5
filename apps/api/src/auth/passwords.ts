import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';

const strength = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

// Reject passwords that appear in common-password lists or are otherwise quickly guessed (score < 3).
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const result = strength.check(password, userInputs);
  return result.score < 3 ? 'is too common or too easy to guess; try a longer phrase of unrelated words' : null;
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against a throwaway hash when the e-mail is unknown keeps the answer time the same,
// so timing does not reveal which addresses have accounts.
let decoyHash: Promise<string> | undefined;
export const decoy = () => (decoyHash ??= hashPassword('decoy-password-that-never-matches'));
