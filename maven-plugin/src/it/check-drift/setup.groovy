// Creates schema jooq_pgai_it_check_drift with a blog table and its vectorizer (chunk size 500, text-embedding-3-small), and one the code does not declare.
if (!pgaiUrl || pgaiUrl.startsWith('${')) {
    throw new IllegalStateException('check-drift needs the shared test database: export PGAI_JDBC_URL (see .ci/run)')
}
def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
try {
    def s = c.createStatement()
    s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where source_schema = 'jooq_pgai_it_check_drift'")
    s.execute("drop schema if exists jooq_pgai_it_check_drift cascade")
    s.execute("create schema jooq_pgai_it_check_drift")
    s.execute("create table jooq_pgai_it_check_drift.blog (id int primary key, title text not null, contents text not null)")
    s.execute("""select ai.create_vectorizer('jooq_pgai_it_check_drift.blog'::regclass, name => 'jooq_pgai_it_check_drift_blog',
        loading => ai.loading_column('contents'),
        embedding => ai.embedding_openai('text-embedding-3-small', 768),
        chunking => ai.chunking_recursive_character_text_splitter(500, 100))""")
    s.execute("""select ai.create_vectorizer('jooq_pgai_it_check_drift.blog'::regclass, name => 'jooq_pgai_it_check_drift_legacy',
        loading => ai.loading_column('title'),
        embedding => ai.embedding_openai('text-embedding-3-small', 768),
        destination => ai.destination_table('blog_legacy'))""")
} finally {
    c.close()
}
return true
