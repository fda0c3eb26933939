from pipeline.config import Settings, replace


def test_config_hash_changes_with_output_settings_only():
    base = Settings()
    assert base.config_hash() == Settings().config_hash()
    assert replace(base, default_currency="EUR").config_hash() != base.config_hash()
    assert replace(base, workers=4, batch_size=8).config_hash() == base.config_hash()


def test_config_hash_follows_actor_file_content(tmp_path):
    f = tmp_path / "actors.csv"
    f.write_text("id,name\nx,X\n")
    h1 = replace(Settings(), actor_files=(str(f),)).config_hash()
    f.write_text("id,name\ny,Y\n")
    h2 = replace(Settings(), actor_files=(str(f),)).config_hash()
    assert h1 != h2


def test_apposition_posts_is_an_output_setting():
    assert replace(Settings(), apposition_posts=False).config_hash() != Settings().config_hash()
    assert Settings().output_config()["apposition_posts"] is True
    assert replace(Settings(), credit_actors=False).config_hash() != Settings().config_hash()
