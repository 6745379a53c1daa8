-- pgai keeps blog_embedding (a view over the store table blog_embedding_store) in sync with blog.contents.
-- The embedding model is all-MiniLM-L6-v2 (384 dimensions) behind an OpenAI-compatible server on this machine;
-- its URL is the Flyway placeholder embedding_base_url (Quickstart.java passes the running server's URL,
-- the Maven plugin a stand-in for code generation).
select ai.create_vectorizer('blog'::regclass,
    name => 'blog_embedding',
    loading => ai.loading_column('contents'),
    embedding => ai.embedding_openai('all-minilm-l6-v2', 384,
        api_key_name => 'QUICKSTART_EMBEDDING_API_KEY',
        base_url => '${embedding_base_url}'),
    chunking => ai.chunking_recursive_character_text_splitter(400, 40),
    formatting => ai.formatting_python_template('$title: $chunk'),
    destination => ai.destination_table('blog_embedding'));

-- pgai builds no index without TimescaleDB's scheduler: the HNSW index that serves the cosine kNN search
create index blog_embedding_store_hnsw on blog_embedding_store using hnsw (embedding vector_cosine_ops);
