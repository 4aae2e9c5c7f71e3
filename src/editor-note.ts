/** Defines `<editor-note>`. */
import { EditorNote } from './elements/editor-note/editor-note.js';

EditorNote.define();

export { EditorNote };
