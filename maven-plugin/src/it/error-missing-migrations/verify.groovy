def log = new File(basedir, 'build.log').text
assert log =~ /jooq-pgai: <migrations> lists \S*error-missing-migrations\/src\/main\/db\/nowhere, which is not a folder/
return true
