import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DocumentType } from '../../shared/domain/identity-document';

/**
 * The sign-in in progress. Memory only, never Web Storage: the renderer is
 * reloaded on sign-out, and nothing of the member may survive it.
 */
export const useSignInStore = defineStore('sign-in', () => {
  const docType = ref<DocumentType>('CC');
  const documentNumber = ref('');

  /** Keeps the document the member typed for the PIN step. */
  function submitDocument(type: DocumentType, number: string): void {
    docType.value = type;
    documentNumber.value = number;
  }

  /** Forgets the document, e.g. when the member cancels. */
  function reset(): void {
    docType.value = 'CC';
    documentNumber.value = '';
  }

  return { docType, documentNumber, submitDocument, reset };
});
