// A node's or a relation's notes, and a field to add one. Notes are text a person wrote: shown as text.
import { useState } from "react";
import type { Note } from "../../graph/types.ts";

export function NotesList(props: {
  notes: readonly Note[] | undefined;
  onAdd: (text: string) => void;
  label: string;
}) {
  const [text, setText] = useState("");
  const notes = props.notes ?? [];
  return (
    <section className="notes" aria-label={props.label}>
      <h3 className="section-title">Notes</h3>
      {notes.length > 0 && (
        <ul className="notes-list">
          {notes.map((note) => (
            <li key={`${note.at}:${note.text}`}>
              <p>{note.text}</p>
              <span className="evidence-meta">
                {note.author && <span>{note.author}</span>}
                <span>
                  {new Date(note.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!text.trim()) return;
          props.onAdd(text.trim());
          setText("");
        }}
      >
        <textarea
          aria-label={`Add a note (${props.label})`}
          placeholder="Add a note…"
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={!text.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
