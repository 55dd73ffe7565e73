import { defineStore } from 'pinia';
import { ref } from 'vue';
import { useRouter } from 'vue-router';
import type { DocumentType } from '../domain/identity-document';

/**
 * The sign-in in progress. Memory only, never Web Storage: the renderer is
 * reloaded on sign-out, and nothing of the member may survive it.
 */
export const useSignInStore = defineStore('sign-in', () => {
  const router = useRouter();
  const docType = ref<DocumentType>('CC');
  const documentNumber = ref('');

  /** Keeps the document the member typed and moves on to the PIN step. */
  async function submitDocument(type: DocumentType, number: string): Promise<void> {
    docType.value = type;
    documentNumber.value = number;
    await router.push({ name: 'sign-in-pin' });
  }

  /** Forgets the document, e.g. when the member cancels. */
  function reset(): void {
    docType.value = 'CC';
    documentNumber.value = '';
  }

  return { docType, documentNumber, submitDocument, reset };
});
