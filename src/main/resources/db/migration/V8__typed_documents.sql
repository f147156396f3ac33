-- The document number as the caller wrote it ("0801197712345", "900.123.456-8"), beside the canonical
-- number that uniqueness and lookups use. Clients stored before it have none: they are shown as stored.
alter table clients add column doc_typed text;
alter table clients add constraint clients_document_typed check (doc_typed is null or doc_number is not null);
