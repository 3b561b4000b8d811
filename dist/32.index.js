export const id = 32;
export const ids = [32];
export const modules = {

/***/ 15032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WC: () => (/* binding */ Catalog),
  sx: () => (/* binding */ DEFAULT_REGISTRY),
  M5: () => (/* binding */ checkReference),
  a6: () => (/* binding */ envFromList),
  Dk: () => (/* binding */ versionsFromEnv)
});

// UNUSED EXPORTS: UNKNOWN_YEAR_SPAN, isYear, nearest, parseTag

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/container/catalog-data.ts
const CATALOG_DATA = JSON.parse("{\"source\":\"aswf-docker-versions.yaml\",\"sha256\":\"6a4f6315c47eab1f9819fdb01f75de4078cb5c66d5884be49534c4236f31aaa5\",\"versions\":{\"1\":{\"common\":\"1\",\"env\":{\"ASWF_DTS_VERSION\":\"6\",\"ASWF_DTS_PREFIX\":\"devtoolset\",\"ASWF_CUDA_VERSION\":\"10.2\",\"ASWF_OPTIX_VERSION\":\"7.1.0\",\"ASWF_GLVND_VERSION\":\"1.2.0\",\"ASWF_CCACHE_VERSION\":\"4.0\",\"ASWF_CONAN_VERSION\":\"1.47.0\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.9.11\",\"ASWF_NINJA_VERSION\":\"1.10.1\",\"ASWF_SONAR_VERSION\":\"4.6.2.2472\",\"ASWF_BASEOS_DISTRO\":\"centos7\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cudagl\"}},\"2\":{\"common\":\"2\",\"env\":{\"ASWF_DTS_VERSION\":\"9\",\"ASWF_DTS_PREFIX\":\"devtoolset\",\"ASWF_CONAN_VERSION\":\"1.47.0\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.9.11\",\"ASWF_CUDA_VERSION\":\"11.4.0\",\"ASWF_OPTIX_VERSION\":\"7.2.0\",\"ASWF_GLVND_VERSION\":\"1.2.0\",\"ASWF_CCACHE_VERSION\":\"4.0\",\"ASWF_NINJA_VERSION\":\"1.11.0\",\"ASWF_SONAR_VERSION\":\"4.7.0.2747\",\"ASWF_BASEOS_DISTRO\":\"centos7\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cudagl\"}},\"3\":{\"common\":\"3\",\"env\":{\"ASWF_DTS_VERSION\":\"11\",\"ASWF_DTS_PREFIX\":\"gcc-toolset\",\"ASWF_CONAN_VERSION\":\"2.26.2\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.10.20\",\"ASWF_CUDA_VERSION\":\"12.6.3\",\"ASWF_OPTIX_VERSION\":\"8.0.0\",\"ASWF_GLVND_VERSION\":\"1.7.0\",\"ASWF_CCACHE_VERSION\":\"4.9.1\",\"ASWF_CMAKE_VERSION\":\"3.31.11\",\"ASWF_NINJA_VERSION\":\"1.13.2\",\"ASWF_SONAR_VERSION\":\"8.0.1.6346\",\"ASWF_OPENSSL_VERSION\":\"1.1.1k\",\"ASWF_YQ_VERSION\":\"4.45.2\",\"ASWF_BASEOS_DISTRO\":\"rockylinux8\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cuda\"}},\"4\":{\"common\":\"4\",\"env\":{\"ASWF_DTS_VERSION\":\"11\",\"ASWF_DTS_PREFIX\":\"gcc-toolset\",\"ASWF_CONAN_VERSION\":\"2.26.2\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.11.15\",\"ASWF_CUDA_VERSION\":\"12.6.3\",\"ASWF_OPTIX_VERSION\":\"8.0.0\",\"ASWF_GLVND_VERSION\":\"1.7.0\",\"ASWF_CCACHE_VERSION\":\"4.9.1\",\"ASWF_CMAKE_VERSION\":\"3.31.11\",\"ASWF_NINJA_VERSION\":\"1.13.2\",\"ASWF_SONAR_VERSION\":\"8.0.1.6346\",\"ASWF_OPENSSL_VERSION\":\"1.1.1k\",\"ASWF_YQ_VERSION\":\"4.45.2\",\"ASWF_BASEOS_DISTRO\":\"rockylinux8\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cuda\"}},\"5\":{\"common\":\"5\",\"env\":{\"ASWF_DTS_VERSION\":\"11\",\"ASWF_DTS_PREFIX\":\"gcc-toolset\",\"ASWF_CONAN_VERSION\":\"2.26.2\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.11.15\",\"ASWF_CUDA_VERSION\":\"12.6.3\",\"ASWF_OPTIX_VERSION\":\"8.0.0\",\"ASWF_GLVND_VERSION\":\"1.7.0\",\"ASWF_CCACHE_VERSION\":\"4.9.1\",\"ASWF_CMAKE_VERSION\":\"3.31.11\",\"ASWF_OPENSSL_VERSION\":\"1.1.1k\",\"ASWF_NINJA_VERSION\":\"1.13.2\",\"ASWF_SONAR_VERSION\":\"8.0.1.6346\",\"ASWF_YQ_VERSION\":\"4.45.2\",\"ASWF_BASEOS_DISTRO\":\"rockylinux8\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cuda\"}},\"6\":{\"common\":\"6\",\"tags\":[\"latest\"],\"env\":{\"ASWF_DTS_VERSION\":\"14\",\"ASWF_DTS_PREFIX\":\"gcc-toolset\",\"ASWF_CONAN_VERSION\":\"2.26.2\",\"ASWF_CONAN_PYTHON_VERSION\":\"3.13.12\",\"ASWF_CUDA_VERSION\":\"12.9.1\",\"ASWF_OPTIX_VERSION\":\"8.0.0\",\"ASWF_GLVND_VERSION\":\"1.7.0\",\"ASWF_CCACHE_VERSION\":\"4.11.3\",\"ASWF_CMAKE_VERSION\":\"4.0.6\",\"ASWF_OPENSSL_VERSION\":\"1.1.1k\",\"ASWF_NINJA_VERSION\":\"1.13.2\",\"ASWF_SONAR_VERSION\":\"8.0.1.6346\",\"ASWF_YQ_VERSION\":\"4.45.4\",\"ASWF_BASEOS_DISTRO\":\"rockylinux8\",\"ASWF_BASEOS_IMAGE\":\"nvidia/cuda\"}},\"2019\":{\"parents\":[\"1\",\"1-clang7\"],\"common\":\"1\",\"env\":{\"ASWF_ALEMBIC_VERSION\":\"1.7.11\",\"ASWF_C_BLOSC_VERSION\":\"1.5.0\",\"ASWF_BOOST_VERSION\":\"1.66.0\",\"ASWF_CMAKE_VERSION\":\"3.12.4\",\"ASWF_CPPUNIT_VERSION\":\"1.14.0\",\"ASWF_CPYTHON_VERSION\":\"2.7.15\",\"ASWF_GLEW_VERSION\":\"2.1.0\",\"ASWF_GLFW_VERSION\":\"3.1.2\",\"ASWF_GTEST_VERSION\":\"1.8.1\",\"ASWF_HDF5_VERSION\":\"1.8.21\",\"ASWF_IMATH_VERSION\":\"2.3.0\",\"ASWF_LOG4CPLUS_VERSION\":\"1.1.2\",\"ASWF_NUMPY_VERSION\":\"1.14\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"1.1.0\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.0.8\",\"ASWF_OPENEXR_VERSION\":\"2.3.0\",\"ASWF_OPENSUBDIV_VERSION\":\"3_3_3\",\"ASWF_OPENVDB_VERSION\":\"6.2.1\",\"ASWF_OSL_VERSION\":\"1.10.9\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.12.1\",\"ASWF_PARTIO_VERSION\":\"1.10.1\",\"ASWF_PTEX_VERSION\":\"2.1.33\",\"ASWF_PYBIND11_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"5.12.6\",\"ASWF_PYSIDE_CLANG_VERSION\":\"7.1.0\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"2.7\",\"ASWF_QT_VERSION\":\"5.12.6\",\"ASWF_ONETBB_VERSION\":\"2018\",\"ASWF_OPENUSD_VERSION\":\"19.11\",\"ASWF_VFXPLATFORM_VERSION\":\"2019\",\"ASWF_CXX_STANDARD\":\"14\"}},\"2020\":{\"parents\":[\"1\",\"1-clang7\"],\"common\":\"1\",\"env\":{\"ASWF_ALEMBIC_VERSION\":\"1.7.12\",\"ASWF_C_BLOSC_VERSION\":\"1.5.0\",\"ASWF_BOOST_VERSION\":\"1.70.0\",\"ASWF_CMAKE_VERSION\":\"3.18.4\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_CPYTHON_VERSION\":\"3.7.3\",\"ASWF_GLEW_VERSION\":\"2.1.0\",\"ASWF_GLFW_VERSION\":\"3.1.2\",\"ASWF_GTEST_VERSION\":\"1.10.0\",\"ASWF_HDF5_VERSION\":\"1.8.21\",\"ASWF_IMATH_VERSION\":\"2.4.0\",\"ASWF_LOG4CPLUS_VERSION\":\"1.1.2\",\"ASWF_NUMPY_VERSION\":\"1.16\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"1.1.1\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.1.13.0\",\"ASWF_OPENEXR_VERSION\":\"2.4.0\",\"ASWF_OPENSUBDIV_VERSION\":\"3_4_3\",\"ASWF_OPENVDB_VERSION\":\"7.1.0\",\"ASWF_OSL_VERSION\":\"1.10.10\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.12.1\",\"ASWF_PARTIO_VERSION\":\"1.10.1\",\"ASWF_PTEX_VERSION\":\"2.3.2\",\"ASWF_PYBIND11_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"5.12.6\",\"ASWF_PYSIDE_CLANG_VERSION\":\"7.1.0\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.7\",\"ASWF_QT_VERSION\":\"5.12.6\",\"ASWF_ONETBB_VERSION\":\"2019_u6\",\"ASWF_OPENUSD_VERSION\":\"20.11\",\"ASWF_VFXPLATFORM_VERSION\":\"2020\",\"ASWF_CXX_STANDARD\":\"17\"}},\"2021\":{\"parents\":[\"2\",\"2-clang10\"],\"common\":\"2\",\"env\":{\"ASWF_ALEMBIC_VERSION\":\"1.7.16\",\"ASWF_C_BLOSC_VERSION\":\"1.5.0\",\"ASWF_BOOST_VERSION\":\"1.73.0\",\"ASWF_CMAKE_VERSION\":\"3.19.3\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_CPYTHON_VERSION\":\"3.7.9\",\"ASWF_GLEW_VERSION\":\"2.1.0\",\"ASWF_GLFW_VERSION\":\"3.1.2\",\"ASWF_GTEST_VERSION\":\"1.11.0\",\"ASWF_HDF5_VERSION\":\"1.8.21\",\"ASWF_IMATH_VERSION\":\"2.5.5\",\"ASWF_LOG4CPLUS_VERSION\":\"1.1.2\",\"ASWF_NUMPY_VERSION\":\"1.19\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.0.1\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.2.14.0\",\"ASWF_OPENEXR_VERSION\":\"2.5.5\",\"ASWF_OPENSUBDIV_VERSION\":\"3_4_3\",\"ASWF_OPENVDB_VERSION\":\"8.0.1\",\"ASWF_OSL_VERSION\":\"1.11.13.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.13\",\"ASWF_PARTIO_VERSION\":\"1.14.0\",\"ASWF_PTEX_VERSION\":\"2.3.2\",\"ASWF_PYBIND11_VERSION\":\"2.6.2\",\"ASWF_PYSIDE_VERSION\":\"5.15.2\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.7\",\"ASWF_QT_VERSION\":\"5.15.2\",\"ASWF_ONETBB_VERSION\":\"2020_u2\",\"ASWF_OPENUSD_VERSION\":\"21.05\",\"ASWF_VFXPLATFORM_VERSION\":\"2021\",\"ASWF_CXX_STANDARD\":\"17\"}},\"2022\":{\"parents\":[\"2\",\"2-clang10\"],\"common\":\"2\",\"env\":{\"ASWF_ALEMBIC_VERSION\":\"1.8.2\",\"ASWF_C_BLOSC_VERSION\":\"1.17.0\",\"ASWF_BOOST_VERSION\":\"1.76.0\",\"ASWF_CMAKE_VERSION\":\"3.22.0\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_CPYTHON_VERSION\":\"3.9.15\",\"ASWF_GLEW_VERSION\":\"2.1.0\",\"ASWF_GLFW_VERSION\":\"3.1.2\",\"ASWF_GTEST_VERSION\":\"1.11.0\",\"ASWF_HDF5_VERSION\":\"1.8.21\",\"ASWF_IMATH_VERSION\":\"3.1.5\",\"ASWF_LOG4CPLUS_VERSION\":\"1.1.2\",\"ASWF_MATERIALX_VERSION\":\"1.38.5\",\"ASWF_NUMPY_VERSION\":\"1.20\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.1.1\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.4.5.0\",\"ASWF_OPENEXR_VERSION\":\"3.1.5\",\"ASWF_OPENSUBDIV_VERSION\":\"3_4_4\",\"ASWF_OPENVDB_VERSION\":\"9.1.0\",\"ASWF_OSL_VERSION\":\"1.12.7.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.14.1\",\"ASWF_PARTIO_VERSION\":\"1.14.0\",\"ASWF_PTEX_VERSION\":\"2.4.0\",\"ASWF_PYBIND11_VERSION\":\"2.8.1\",\"ASWF_PYSIDE_VERSION\":\"5.15.2\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.9\",\"ASWF_QT_VERSION\":\"5.15.2\",\"ASWF_ONETBB_VERSION\":\"2020.3\",\"ASWF_OPENUSD_VERSION\":\"22.11\",\"ASWF_VFXPLATFORM_VERSION\":\"2022\",\"ASWF_CXX_STANDARD\":\"17\"}},\"2023\":{\"parents\":[\"3\",\"3-clang14\"],\"common\":\"3\",\"env\":{\"ASWF_BROTLI_VERSION\":\"system\",\"ASWF_DBUS_VERSION\":\"system\",\"ASWF_DOUBLE_CONVERSION_VERSION\":\"system\",\"ASWF_FONTCONFIG_VERSION\":\"system\",\"ASWF_GDBM_VERSION\":\"system\",\"ASWF_GIFLIB_VERSION\":\"5.1.4\",\"ASWF_GLIB_VERSION\":\"2.56.4\",\"ASWF_ICU_VERSION\":\"system\",\"ASWF_LIBALSA_VERSION\":\"system\",\"ASWF_LIBAOM_AV1_VERSION\":\"system\",\"ASWF_LIBDRM_VERSION\":\"system\",\"ASWF_LIBFFI_VERSION\":\"system\",\"ASWF_LIBMP3LAME_VERSION\":\"system\",\"ASWF_LIBPNG_VERSION\":\"1.6.34\",\"ASWF_LIBSNDFILE_VERSION\":\"system\",\"ASWF_LIBSQUISH_VERSION\":\"system\",\"ASWF_LIBSVTAV1_VERSION\":\"system\",\"ASWF_LIBTIFF_VERSION\":\"4.0.9\",\"ASWF_LIBVPX_VERSION\":\"system\",\"ASWF_LIBXSHMFENCE_VERSION\":\"system\",\"ASWF_MPDECIMAL_VERSION\":\"system\",\"ASWF_MPG123_VERSION\":\"system\",\"ASWF_NASM_VERSION\":\"system\",\"ASWF_NSPR_VERSION\":\"system\",\"ASWF_NSS_VERSION\":\"3.112.0\",\"ASWF_OGG_VERSION\":\"system\",\"ASWF_OPENAL_SOFT_VERSION\":\"system\",\"ASWF_OPENCL_HEADERS_VERSION\":\"system\",\"ASWF_OPENCL_ICD_LOADER_VERSION\":\"system\",\"ASWF_OPENGL_VERSION\":\"system\",\"ASWF_OPENJPEG_VERSION\":\"2.4.0\",\"ASWF_OPUS_VERSION\":\"system\",\"ASWF_PCRE2_VERSION\":\"system\",\"ASWF_PULSEAUDIO_VERSION\":\"system\",\"ASWF_SQLITE3_VERSION\":\"system\",\"ASWF_TCL_VERSION\":\"system\",\"ASWF_TK_VERSION\":\"system\",\"ASWF_UTIL_LINUX_LIBUUID_VERSION\":\"system\",\"ASWF_VORBIS_VERSION\":\"system\",\"ASWF_VULKAN_HEADERS_VERSION\":\"system\",\"ASWF_VULKAN_LOADER_VERSION\":\"system\",\"ASWF_XKBCOMMON_VERSION\":\"0.9.1\",\"ASWF_XORG_VERSION\":\"system\",\"ASWF_XORG_PROTO_VERSION\":\"system\",\"ASWF_XZ_UTILS_VERSION\":\"system\",\"ASWF_ACES_CONTAINER_VERSION\":\"1.0.2\",\"ASWF_B2_VERSION\":\"5.2.1\",\"ASWF_C_BLOSC_VERSION\":\"1.21.6\",\"ASWF_BZIP2_VERSION\":\"1.0.8\",\"ASWF_CERES_SOLVER_VERSION\":\"2.2.0\",\"ASWF_CIMG_VERSION\":\"3.3.2\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_EIGEN_VERSION\":\"3.4.0\",\"ASWF_EXPAT_VERSION\":\"2.6.4\",\"ASWF_FMT_VERSION\":\"11.2.0\",\"ASWF_FREETYPE_VERSION\":\"2.13.2\",\"ASWF_GLEW_VERSION\":\"2.2.0\",\"ASWF_GLFW_VERSION\":\"3.4\",\"ASWF_GTEST_VERSION\":\"1.15.2\",\"ASWF_HARFBUZZ_VERSION\":\"11.0.1\",\"ASWF_HDF5_VERSION\":\"1.14.6\",\"ASWF_HIGHWAY_VERSION\":\"1.2.0\",\"ASWF_JASPER_VERSION\":\"4.2.5\",\"ASWF_LCMS_VERSION\":\"2.17\",\"ASWF_LENSFUN_VERSION\":\"0.3.4\",\"ASWF_LIBBACKTRACE_VERSION\":\"cci.20210118\",\"ASWF_LIBDEFLATE_VERSION\":\"1.23\",\"ASWF_LIBICONV_VERSION\":\"1.17\",\"ASWF_LIBJPEG_TURBO_VERSION\":\"3.0.4\",\"ASWF_LIBJXL_VERSION\":\"0.11.1\",\"ASWF_LIBRAW_VERSION\":\"0.21.4\",\"ASWF_LIBULTRAHDR_VERSION\":\"1.4.0\",\"ASWF_LIBWEBP_VERSION\":\"1.5.0\",\"ASWF_LIBXCRYPT_VERSION\":\"4.4.36\",\"ASWF_LOG4CPLUS_VERSION\":\"2.1.2\",\"ASWF_LZ4_VERSION\":\"1.10.0\",\"ASWF_MD4C_VERSION\":\"0.4.8\",\"ASWF_MINIZIP_NG_VERSION\":\"3.0.10\",\"ASWF_NANOBIND_VERSION\":\"2.11.0\",\"ASWF_NLOHMANN_JSON_VERSION\":\"3.12.0\",\"ASWF_OPENJPH_VERSION\":\"0.24.5\",\"ASWF_PARTIO_VERSION\":\"1.19.0\",\"ASWF_PUGIXML_VERSION\":\"1.14\",\"ASWF_PYBIND11_VERSION\":\"2.13.6\",\"ASWF_PYSTRING_VERSION\":\"1.1.4\",\"ASWF_RAPIDJSON_VERSION\":\"cci.20250205\",\"ASWF_SNAPPY_VERSION\":\"1.1.10\",\"ASWF_SPDLOG_VERSION\":\"1.15.3\",\"ASWF_TSL_ROBIN_MAP_VERSION\":\"1.3.0\",\"ASWF_OPENUSD_VERSION\":\"23.08\",\"ASWF_YAML_CPP_VERSION\":\"0.8.0\",\"ASWF_ZLIB_VERSION\":\"1.3.1\",\"ASWF_ZSTD_VERSION\":\"1.5.6\",\"ASWF_ALEMBIC_VERSION\":\"1.8.8\",\"ASWF_BOOST_VERSION\":\"1.80.0\",\"ASWF_CPYTHON_VERSION\":\"3.10.20\",\"ASWF_NUMPY_VERSION\":\"1.23.5\",\"ASWF_OPENSUBDIV_VERSION\":\"3.5.1\",\"ASWF_PTEX_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"5.15.18\",\"ASWF_PYSIDE_CLANG_VERSION\":\"14.0.6\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.10\",\"ASWF_QT_VERSION\":\"5.15.18\",\"ASWF_ONETBB_VERSION\":\"2020.3\",\"ASWF_VFXPLATFORM_VERSION\":\"2023\",\"ASWF_CXX_STANDARD\":\"17\",\"ASWF_IMATH_VERSION\":\"3.1.12\",\"ASWF_MATERIALX_VERSION\":\"1.38.7\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.2.1\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.4.17.0\",\"ASWF_OPENEXR_VERSION\":\"3.1.13\",\"ASWF_OPENFX_VERSION\":\"1.5s\",\"ASWF_OPENRV_VERSION\":\"2.1.0\",\"ASWF_OPENVDB_VERSION\":\"10.1.0\",\"ASWF_OSL_VERSION\":\"1.12.14.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.15\",\"ASWF_RAWTOACES_VERSION\":\"2.1.0\"}},\"2024\":{\"parents\":[\"4\",\"4-clang16\"],\"common\":\"4\",\"env\":{\"ASWF_BROTLI_VERSION\":\"system\",\"ASWF_DBUS_VERSION\":\"system\",\"ASWF_DOUBLE_CONVERSION_VERSION\":\"system\",\"ASWF_FONTCONFIG_VERSION\":\"system\",\"ASWF_GDBM_VERSION\":\"system\",\"ASWF_GIFLIB_VERSION\":\"5.1.4\",\"ASWF_GLIB_VERSION\":\"2.56.4\",\"ASWF_ICU_VERSION\":\"system\",\"ASWF_LIBALSA_VERSION\":\"system\",\"ASWF_LIBAOM_AV1_VERSION\":\"system\",\"ASWF_LIBDRM_VERSION\":\"system\",\"ASWF_LIBFFI_VERSION\":\"system\",\"ASWF_LIBMP3LAME_VERSION\":\"system\",\"ASWF_LIBPNG_VERSION\":\"1.6.34\",\"ASWF_LIBSNDFILE_VERSION\":\"system\",\"ASWF_LIBSQUISH_VERSION\":\"system\",\"ASWF_LIBSVTAV1_VERSION\":\"system\",\"ASWF_LIBTIFF_VERSION\":\"4.0.9\",\"ASWF_LIBVPX_VERSION\":\"system\",\"ASWF_LIBXSHMFENCE_VERSION\":\"system\",\"ASWF_MPDECIMAL_VERSION\":\"system\",\"ASWF_MPG123_VERSION\":\"system\",\"ASWF_NASM_VERSION\":\"system\",\"ASWF_NSPR_VERSION\":\"system\",\"ASWF_NSS_VERSION\":\"3.112.0\",\"ASWF_OGG_VERSION\":\"system\",\"ASWF_OPENAL_SOFT_VERSION\":\"system\",\"ASWF_OPENCL_HEADERS_VERSION\":\"system\",\"ASWF_OPENCL_ICD_LOADER_VERSION\":\"system\",\"ASWF_OPENGL_VERSION\":\"system\",\"ASWF_OPENJPEG_VERSION\":\"2.4.0\",\"ASWF_OPUS_VERSION\":\"system\",\"ASWF_PCRE2_VERSION\":\"system\",\"ASWF_PULSEAUDIO_VERSION\":\"system\",\"ASWF_SQLITE3_VERSION\":\"system\",\"ASWF_TCL_VERSION\":\"system\",\"ASWF_TK_VERSION\":\"system\",\"ASWF_UTIL_LINUX_LIBUUID_VERSION\":\"system\",\"ASWF_VORBIS_VERSION\":\"system\",\"ASWF_VULKAN_HEADERS_VERSION\":\"system\",\"ASWF_VULKAN_LOADER_VERSION\":\"system\",\"ASWF_XKBCOMMON_VERSION\":\"0.9.1\",\"ASWF_XORG_VERSION\":\"system\",\"ASWF_XORG_PROTO_VERSION\":\"system\",\"ASWF_XZ_UTILS_VERSION\":\"system\",\"ASWF_ACES_CONTAINER_VERSION\":\"1.0.2\",\"ASWF_B2_VERSION\":\"5.2.1\",\"ASWF_C_BLOSC_VERSION\":\"1.21.6\",\"ASWF_BZIP2_VERSION\":\"1.0.8\",\"ASWF_CERES_SOLVER_VERSION\":\"2.2.0\",\"ASWF_CIMG_VERSION\":\"3.3.2\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_EIGEN_VERSION\":\"3.4.0\",\"ASWF_EXPAT_VERSION\":\"2.6.4\",\"ASWF_FMT_VERSION\":\"11.2.0\",\"ASWF_FREETYPE_VERSION\":\"2.13.2\",\"ASWF_GLEW_VERSION\":\"2.2.0\",\"ASWF_GLFW_VERSION\":\"3.4\",\"ASWF_GTEST_VERSION\":\"1.15.2\",\"ASWF_HARFBUZZ_VERSION\":\"11.0.1\",\"ASWF_HDF5_VERSION\":\"1.14.6\",\"ASWF_HIGHWAY_VERSION\":\"1.2.0\",\"ASWF_JASPER_VERSION\":\"4.2.5\",\"ASWF_LCMS_VERSION\":\"2.17\",\"ASWF_LENSFUN_VERSION\":\"0.3.4\",\"ASWF_LIBBACKTRACE_VERSION\":\"cci.20210118\",\"ASWF_LIBDEFLATE_VERSION\":\"1.23\",\"ASWF_LIBICONV_VERSION\":\"1.17\",\"ASWF_LIBJPEG_TURBO_VERSION\":\"3.0.4\",\"ASWF_LIBJXL_VERSION\":\"0.11.1\",\"ASWF_LIBRAW_VERSION\":\"0.21.4\",\"ASWF_LIBULTRAHDR_VERSION\":\"1.4.0\",\"ASWF_LIBWEBP_VERSION\":\"1.5.0\",\"ASWF_LIBXCRYPT_VERSION\":\"4.4.36\",\"ASWF_LOG4CPLUS_VERSION\":\"2.1.2\",\"ASWF_LZ4_VERSION\":\"1.10.0\",\"ASWF_MD4C_VERSION\":\"0.4.8\",\"ASWF_MINIZIP_NG_VERSION\":\"4.0.10\",\"ASWF_NANOBIND_VERSION\":\"2.11.0\",\"ASWF_NLOHMANN_JSON_VERSION\":\"3.12.0\",\"ASWF_OPENJPH_VERSION\":\"0.24.5\",\"ASWF_PARTIO_VERSION\":\"1.19.0\",\"ASWF_PUGIXML_VERSION\":\"1.14\",\"ASWF_PYBIND11_VERSION\":\"2.13.6\",\"ASWF_PYSTRING_VERSION\":\"1.1.4\",\"ASWF_RAPIDJSON_VERSION\":\"cci.20250205\",\"ASWF_SNAPPY_VERSION\":\"1.1.10\",\"ASWF_SPDLOG_VERSION\":\"1.15.3\",\"ASWF_TSL_ROBIN_MAP_VERSION\":\"1.3.0\",\"ASWF_OPENUSD_VERSION\":\"24.08\",\"ASWF_YAML_CPP_VERSION\":\"0.8.0\",\"ASWF_ZLIB_VERSION\":\"1.3.1\",\"ASWF_ZSTD_VERSION\":\"1.5.6\",\"ASWF_ALEMBIC_VERSION\":\"1.8.8\",\"ASWF_BOOST_VERSION\":\"1.82.0\",\"ASWF_CPYTHON_VERSION\":\"3.11.13\",\"ASWF_NUMPY_VERSION\":\"1.24.3\",\"ASWF_OPENSUBDIV_VERSION\":\"3.6.1\",\"ASWF_PTEX_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"6.5.6\",\"ASWF_PYSIDE_CLANG_VERSION\":\"16.0.6\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.11\",\"ASWF_QT_VERSION\":\"6.5.6\",\"ASWF_ONETBB_VERSION\":\"2020.3\",\"ASWF_VFXPLATFORM_VERSION\":\"2024\",\"ASWF_CXX_STANDARD\":\"17\",\"ASWF_IMATH_VERSION\":\"3.1.12\",\"ASWF_MATERIALX_VERSION\":\"1.39.1\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.3.2\",\"ASWF_OPENIMAGEIO_VERSION\":\"2.5.19.1\",\"ASWF_OPENEXR_VERSION\":\"3.2.9\",\"ASWF_OPENFX_VERSION\":\"1.5s\",\"ASWF_OPENRV_VERSION\":\"2.1.0\",\"ASWF_OPENVDB_VERSION\":\"11.0.0\",\"ASWF_OSL_VERSION\":\"1.13.11.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.17.0\",\"ASWF_RAWTOACES_VERSION\":\"2.1.0\"}},\"2025\":{\"parents\":[\"5\",\"5-clang18\"],\"common\":\"5\",\"env\":{\"ASWF_BROTLI_VERSION\":\"system\",\"ASWF_DBUS_VERSION\":\"system\",\"ASWF_DOUBLE_CONVERSION_VERSION\":\"system\",\"ASWF_FONTCONFIG_VERSION\":\"system\",\"ASWF_GDBM_VERSION\":\"system\",\"ASWF_GIFLIB_VERSION\":\"5.1.4\",\"ASWF_GLIB_VERSION\":\"2.56.4\",\"ASWF_ICU_VERSION\":\"system\",\"ASWF_LIBALSA_VERSION\":\"system\",\"ASWF_LIBAOM_AV1_VERSION\":\"system\",\"ASWF_LIBDRM_VERSION\":\"system\",\"ASWF_LIBFFI_VERSION\":\"system\",\"ASWF_LIBMP3LAME_VERSION\":\"system\",\"ASWF_LIBPNG_VERSION\":\"1.6.34\",\"ASWF_LIBSNDFILE_VERSION\":\"system\",\"ASWF_LIBSQUISH_VERSION\":\"system\",\"ASWF_LIBSVTAV1_VERSION\":\"system\",\"ASWF_LIBTIFF_VERSION\":\"4.0.9\",\"ASWF_LIBVPX_VERSION\":\"system\",\"ASWF_LIBXSHMFENCE_VERSION\":\"system\",\"ASWF_MPDECIMAL_VERSION\":\"system\",\"ASWF_MPG123_VERSION\":\"system\",\"ASWF_NASM_VERSION\":\"system\",\"ASWF_NSPR_VERSION\":\"system\",\"ASWF_NSS_VERSION\":\"3.112.0\",\"ASWF_OGG_VERSION\":\"system\",\"ASWF_OPENAL_SOFT_VERSION\":\"system\",\"ASWF_OPENCL_HEADERS_VERSION\":\"system\",\"ASWF_OPENCL_ICD_LOADER_VERSION\":\"system\",\"ASWF_OPENGL_VERSION\":\"system\",\"ASWF_OPENJPEG_VERSION\":\"2.4.0\",\"ASWF_OPUS_VERSION\":\"system\",\"ASWF_PCRE2_VERSION\":\"system\",\"ASWF_PULSEAUDIO_VERSION\":\"system\",\"ASWF_SQLITE3_VERSION\":\"system\",\"ASWF_TCL_VERSION\":\"system\",\"ASWF_TK_VERSION\":\"system\",\"ASWF_UTIL_LINUX_LIBUUID_VERSION\":\"system\",\"ASWF_VORBIS_VERSION\":\"system\",\"ASWF_VULKAN_HEADERS_VERSION\":\"system\",\"ASWF_VULKAN_LOADER_VERSION\":\"system\",\"ASWF_XKBCOMMON_VERSION\":\"0.9.1\",\"ASWF_XORG_VERSION\":\"system\",\"ASWF_XORG_PROTO_VERSION\":\"system\",\"ASWF_XZ_UTILS_VERSION\":\"system\",\"ASWF_ACES_CONTAINER_VERSION\":\"1.0.2\",\"ASWF_B2_VERSION\":\"5.2.1\",\"ASWF_C_BLOSC_VERSION\":\"1.21.6\",\"ASWF_BZIP2_VERSION\":\"1.0.8\",\"ASWF_CERES_SOLVER_VERSION\":\"2.2.0\",\"ASWF_CIMG_VERSION\":\"3.3.2\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_EIGEN_VERSION\":\"3.4.0\",\"ASWF_EXPAT_VERSION\":\"2.6.4\",\"ASWF_FMT_VERSION\":\"11.2.0\",\"ASWF_FREETYPE_VERSION\":\"2.13.2\",\"ASWF_GLEW_VERSION\":\"2.2.0\",\"ASWF_GLFW_VERSION\":\"3.4\",\"ASWF_GTEST_VERSION\":\"1.15.2\",\"ASWF_HARFBUZZ_VERSION\":\"11.0.1\",\"ASWF_HDF5_VERSION\":\"1.14.6\",\"ASWF_HIGHWAY_VERSION\":\"1.2.0\",\"ASWF_JASPER_VERSION\":\"4.2.5\",\"ASWF_LCMS_VERSION\":\"2.17\",\"ASWF_LENSFUN_VERSION\":\"0.3.4\",\"ASWF_LIBBACKTRACE_VERSION\":\"cci.20210118\",\"ASWF_LIBDEFLATE_VERSION\":\"1.23\",\"ASWF_LIBICONV_VERSION\":\"1.17\",\"ASWF_LIBJPEG_TURBO_VERSION\":\"3.0.4\",\"ASWF_LIBJXL_VERSION\":\"0.11.1\",\"ASWF_LIBRAW_VERSION\":\"0.21.4\",\"ASWF_LIBULTRAHDR_VERSION\":\"1.4.0\",\"ASWF_LIBWEBP_VERSION\":\"1.5.0\",\"ASWF_LIBXCRYPT_VERSION\":\"4.4.36\",\"ASWF_LOG4CPLUS_VERSION\":\"2.1.2\",\"ASWF_LZ4_VERSION\":\"1.10.0\",\"ASWF_MD4C_VERSION\":\"0.4.8\",\"ASWF_MINIZIP_NG_VERSION\":\"4.0.10\",\"ASWF_NANOBIND_VERSION\":\"2.11.0\",\"ASWF_NLOHMANN_JSON_VERSION\":\"3.12.0\",\"ASWF_OPENJPH_VERSION\":\"0.24.5\",\"ASWF_PARTIO_VERSION\":\"1.19.0\",\"ASWF_PUGIXML_VERSION\":\"1.14\",\"ASWF_PYBIND11_VERSION\":\"2.13.6\",\"ASWF_PYSTRING_VERSION\":\"1.1.4\",\"ASWF_RAPIDJSON_VERSION\":\"cci.20250205\",\"ASWF_SNAPPY_VERSION\":\"1.1.10\",\"ASWF_SPDLOG_VERSION\":\"1.15.3\",\"ASWF_TSL_ROBIN_MAP_VERSION\":\"1.3.0\",\"ASWF_OPENUSD_VERSION\":\"25.05.01\",\"ASWF_YAML_CPP_VERSION\":\"0.8.0\",\"ASWF_ZLIB_VERSION\":\"1.3.1\",\"ASWF_ZSTD_VERSION\":\"1.5.6\",\"ASWF_ALEMBIC_VERSION\":\"1.8.8\",\"ASWF_BOOST_VERSION\":\"1.85.0\",\"ASWF_CPYTHON_VERSION\":\"3.11.13\",\"ASWF_NUMPY_VERSION\":\"1.26.4\",\"ASWF_ONETBB_VERSION\":\"2021.13.0\",\"ASWF_OPENSUBDIV_VERSION\":\"3.6.1\",\"ASWF_PTEX_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"6.5.6\",\"ASWF_PYSIDE_CLANG_VERSION\":\"18.1.8\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.11\",\"ASWF_QT_VERSION\":\"6.5.6\",\"ASWF_VFXPLATFORM_VERSION\":\"2025\",\"ASWF_CXX_STANDARD\":\"17\",\"ASWF_IMATH_VERSION\":\"3.1.12\",\"ASWF_MATERIALX_VERSION\":\"1.39.3\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.4.2\",\"ASWF_OPENIMAGEIO_VERSION\":\"3.1.6.2\",\"ASWF_OPENEXR_VERSION\":\"3.3.11\",\"ASWF_OPENFX_VERSION\":\"1.5s\",\"ASWF_OPENRV_VERSION\":\"2.1.0\",\"ASWF_OPENVDB_VERSION\":\"12.1.1\",\"ASWF_OSL_VERSION\":\"1.14.9.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.17.0\",\"ASWF_RAWTOACES_VERSION\":\"2.1.0\"}},\"2026\":{\"parents\":[\"6\",\"6-clang19\"],\"common\":\"6\",\"tags\":[\"latest\"],\"env\":{\"ASWF_BROTLI_VERSION\":\"system\",\"ASWF_DBUS_VERSION\":\"system\",\"ASWF_DOUBLE_CONVERSION_VERSION\":\"system\",\"ASWF_FONTCONFIG_VERSION\":\"system\",\"ASWF_GDBM_VERSION\":\"system\",\"ASWF_GIFLIB_VERSION\":\"5.1.4\",\"ASWF_GLIB_VERSION\":\"2.56.4\",\"ASWF_ICU_VERSION\":\"system\",\"ASWF_LIBALSA_VERSION\":\"system\",\"ASWF_LIBAOM_AV1_VERSION\":\"system\",\"ASWF_LIBDRM_VERSION\":\"system\",\"ASWF_LIBFFI_VERSION\":\"system\",\"ASWF_LIBMP3LAME_VERSION\":\"system\",\"ASWF_LIBPNG_VERSION\":\"1.6.34\",\"ASWF_LIBSNDFILE_VERSION\":\"system\",\"ASWF_LIBSQUISH_VERSION\":\"system\",\"ASWF_LIBSVTAV1_VERSION\":\"system\",\"ASWF_LIBTIFF_VERSION\":\"4.0.9\",\"ASWF_LIBVPX_VERSION\":\"system\",\"ASWF_LIBXSHMFENCE_VERSION\":\"system\",\"ASWF_MPDECIMAL_VERSION\":\"system\",\"ASWF_MPG123_VERSION\":\"system\",\"ASWF_NASM_VERSION\":\"system\",\"ASWF_NSPR_VERSION\":\"system\",\"ASWF_NSS_VERSION\":\"3.112.0\",\"ASWF_OGG_VERSION\":\"system\",\"ASWF_OPENAL_SOFT_VERSION\":\"system\",\"ASWF_OPENCL_HEADERS_VERSION\":\"system\",\"ASWF_OPENCL_ICD_LOADER_VERSION\":\"system\",\"ASWF_OPENGL_VERSION\":\"system\",\"ASWF_OPENJPEG_VERSION\":\"2.4.0\",\"ASWF_OPUS_VERSION\":\"system\",\"ASWF_PCRE2_VERSION\":\"system\",\"ASWF_PULSEAUDIO_VERSION\":\"system\",\"ASWF_SQLITE3_VERSION\":\"system\",\"ASWF_TCL_VERSION\":\"system\",\"ASWF_TK_VERSION\":\"system\",\"ASWF_UTIL_LINUX_LIBUUID_VERSION\":\"system\",\"ASWF_VORBIS_VERSION\":\"system\",\"ASWF_VULKAN_HEADERS_VERSION\":\"system\",\"ASWF_VULKAN_LOADER_VERSION\":\"system\",\"ASWF_XKBCOMMON_VERSION\":\"0.9.1\",\"ASWF_XORG_VERSION\":\"system\",\"ASWF_XORG_PROTO_VERSION\":\"system\",\"ASWF_XZ_UTILS_VERSION\":\"system\",\"ASWF_ACES_CONTAINER_VERSION\":\"1.0.2\",\"ASWF_B2_VERSION\":\"5.3.2\",\"ASWF_C_BLOSC_VERSION\":\"1.21.6\",\"ASWF_BZIP2_VERSION\":\"1.0.8\",\"ASWF_CERES_SOLVER_VERSION\":\"2.2.0\",\"ASWF_CIMG_VERSION\":\"3.3.2\",\"ASWF_CPPUNIT_VERSION\":\"1.15.1\",\"ASWF_EIGEN_VERSION\":\"3.4.0\",\"ASWF_EXPAT_VERSION\":\"2.7.1\",\"ASWF_FMT_VERSION\":\"11.2.0\",\"ASWF_FREETYPE_VERSION\":\"2.13.2\",\"ASWF_GLEW_VERSION\":\"2.2.0\",\"ASWF_GLFW_VERSION\":\"3.4\",\"ASWF_GTEST_VERSION\":\"1.17.0\",\"ASWF_HARFBUZZ_VERSION\":\"11.0.1\",\"ASWF_HDF5_VERSION\":\"1.14.6\",\"ASWF_HIGHWAY_VERSION\":\"1.2.0\",\"ASWF_JASPER_VERSION\":\"4.2.5\",\"ASWF_LCMS_VERSION\":\"2.17\",\"ASWF_LENSFUN_VERSION\":\"0.3.4\",\"ASWF_LIBBACKTRACE_VERSION\":\"cci.20210118\",\"ASWF_LIBDEFLATE_VERSION\":\"1.24\",\"ASWF_LIBICONV_VERSION\":\"1.18\",\"ASWF_LIBJPEG_TURBO_VERSION\":\"3.1.0\",\"ASWF_LIBJXL_VERSION\":\"0.11.1\",\"ASWF_LIBRAW_VERSION\":\"0.21.4\",\"ASWF_LIBULTRAHDR_VERSION\":\"1.4.0\",\"ASWF_LIBWEBP_VERSION\":\"1.5.0\",\"ASWF_LIBXCRYPT_VERSION\":\"4.4.38\",\"ASWF_LOG4CPLUS_VERSION\":\"2.1.2\",\"ASWF_LZ4_VERSION\":\"1.10.0\",\"ASWF_MD4C_VERSION\":\"0.5.2\",\"ASWF_MINIZIP_NG_VERSION\":\"4.0.10\",\"ASWF_NANOBIND_VERSION\":\"2.11.0\",\"ASWF_NLOHMANN_JSON_VERSION\":\"3.12.0\",\"ASWF_OPENJPH_VERSION\":\"0.24.5\",\"ASWF_PARTIO_VERSION\":\"1.19.0\",\"ASWF_PUGIXML_VERSION\":\"1.15\",\"ASWF_PYBIND11_VERSION\":\"2.13.6\",\"ASWF_PYSTRING_VERSION\":\"1.1.4\",\"ASWF_RAPIDJSON_VERSION\":\"cci.20250205\",\"ASWF_SNAPPY_VERSION\":\"1.2.2\",\"ASWF_SPDLOG_VERSION\":\"1.15.3\",\"ASWF_TSL_ROBIN_MAP_VERSION\":\"1.4.0\",\"ASWF_OPENUSD_VERSION\":\"26.03\",\"ASWF_YAML_CPP_VERSION\":\"0.8.0\",\"ASWF_ZLIB_VERSION\":\"1.3.1\",\"ASWF_ZSTD_VERSION\":\"1.5.7\",\"ASWF_ALEMBIC_VERSION\":\"1.8.10\",\"ASWF_BOOST_VERSION\":\"1.88.0\",\"ASWF_CPYTHON_VERSION\":\"3.13.3\",\"ASWF_NUMPY_VERSION\":\"2.3.2\",\"ASWF_ONETBB_VERSION\":\"2022.1.0\",\"ASWF_OPENSUBDIV_VERSION\":\"3.7.0\",\"ASWF_PTEX_VERSION\":\"2.4.3\",\"ASWF_PYSIDE_VERSION\":\"6.8.3\",\"ASWF_PYSIDE_CLANG_VERSION\":\"19.1.7\",\"ASWF_PYTHON_MAJOR_MINOR_VERSION\":\"3.13\",\"ASWF_QT_VERSION\":\"6.8.3\",\"ASWF_VFXPLATFORM_VERSION\":\"2026\",\"ASWF_CXX_STANDARD\":\"20\",\"ASWF_IMATH_VERSION\":\"3.2.2\",\"ASWF_MATERIALX_VERSION\":\"1.39.4\",\"ASWF_OPENCOLORIO_CONFIGS_VERSION\":\"1.0_r2\",\"ASWF_OPENCOLORIO_VERSION\":\"2.5.1\",\"ASWF_OPENIMAGEIO_VERSION\":\"3.1.13.1\",\"ASWF_OPENEXR_VERSION\":\"3.4.11\",\"ASWF_OPENFX_VERSION\":\"1.5.1\",\"ASWF_OPENRV_VERSION\":\"2.1.0\",\"ASWF_OPENVDB_VERSION\":\"13.0.0\",\"ASWF_OSL_VERSION\":\"1.15.4.0\",\"ASWF_OPENTIMELINEIO_VERSION\":\"0.18.1\",\"ASWF_RAWTOACES_VERSION\":\"2.1.0\"}},\"1-clang6\":{\"parents\":[\"1\"],\"common\":\"1\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"6\",\"ASWF_CLANG_VERSION\":\"6.0.1\"}},\"1-clang7\":{\"parents\":[\"1\"],\"common\":\"1\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"7\",\"ASWF_CLANG_VERSION\":\"7.1.0\"}},\"1-clang8\":{\"parents\":[\"1\"],\"common\":\"1\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"8\",\"ASWF_CLANG_VERSION\":\"8.0.1\"}},\"1-clang9\":{\"parents\":[\"1\"],\"common\":\"1\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"9\",\"ASWF_CLANG_VERSION\":\"9.0.1\"}},\"1-clang10\":{\"parents\":[\"1\"],\"common\":\"1\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"10\",\"ASWF_CLANG_VERSION\":\"10.0.1\"}},\"2-clang10\":{\"parents\":[\"2\"],\"common\":\"2\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"10\",\"ASWF_CLANG_VERSION\":\"10.0.1\"}},\"2-clang11\":{\"parents\":[\"2\"],\"common\":\"2\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"11\",\"ASWF_CLANG_VERSION\":\"11.1.0\"}},\"2-clang12\":{\"parents\":[\"2\"],\"common\":\"2\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"12\",\"ASWF_CLANG_VERSION\":\"12.0.1\"}},\"2-clang13\":{\"parents\":[\"2\"],\"common\":\"2\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"13\",\"ASWF_CLANG_VERSION\":\"13.0.1\"}},\"2-clang14\":{\"parents\":[\"2\"],\"common\":\"2\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"14\",\"ASWF_CLANG_VERSION\":\"14.0.0\"}},\"3-clang14\":{\"parents\":[\"3\"],\"common\":\"3\",\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"14\",\"ASWF_CLANG_VERSION\":\"14.0.6\"}},\"3-clang15\":{\"parents\":[\"3\"],\"common\":\"3\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"15\",\"ASWF_CLANG_VERSION\":\"15.0.7\"}},\"4-clang16\":{\"parents\":[\"4\"],\"common\":\"4\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"16\",\"ASWF_CLANG_VERSION\":\"16.0.6\"}},\"4-clang17\":{\"parents\":[\"4\"],\"common\":\"4\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"17\",\"ASWF_CLANG_VERSION\":\"17.0.6\"}},\"5-clang18\":{\"parents\":[\"5\"],\"common\":\"5\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"18\",\"ASWF_CLANG_VERSION\":\"18.1.8\"}},\"5-clang19\":{\"parents\":[\"5\"],\"common\":\"5\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"19\",\"ASWF_CLANG_VERSION\":\"19.1.7\"}},\"6-clang19\":{\"parents\":[\"6\"],\"common\":\"6\",\"majorTag\":true,\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"19\",\"ASWF_CLANG_VERSION\":\"19.1.7\"}},\"6-clang20\":{\"parents\":[\"6\"],\"common\":\"6\",\"majorTag\":true,\"tags\":[\"latest\"],\"env\":{\"ASWF_CLANG_MAJOR_VERSION\":\"20\",\"ASWF_CLANG_VERSION\":\"20.1.7\"}},\"2019-clang6\":{\"parents\":[\"1\",\"1-clang6\",\"2019\"],\"common\":\"1\"},\"2019-clang7\":{\"parents\":[\"1\",\"1-clang7\",\"2019\"],\"common\":\"1\",\"majorTag\":true},\"2019-clang8\":{\"parents\":[\"1\",\"1-clang8\",\"2019\"],\"common\":\"1\"},\"2019-clang9\":{\"parents\":[\"1\",\"1-clang9\",\"2019\"],\"common\":\"1\"},\"2019-clang10\":{\"parents\":[\"1\",\"1-clang10\",\"2019\"],\"common\":\"1\"},\"2020-clang7\":{\"parents\":[\"1\",\"1-clang7\",\"2020\"],\"common\":\"1\",\"majorTag\":true},\"2021-clang10\":{\"parents\":[\"2\",\"2-clang10\",\"2021\"],\"common\":\"2\",\"majorTag\":true},\"2021-clang11\":{\"parents\":[\"2\",\"2-clang11\",\"2021\"],\"common\":\"2\"},\"2022-clang10\":{\"parents\":[\"2\",\"2-clang10\",\"2022\"],\"common\":\"2\",\"majorTag\":true},\"2022-clang11\":{\"parents\":[\"2\",\"2-clang11\",\"2022\"],\"common\":\"2\"},\"2022-clang12\":{\"parents\":[\"2\",\"2-clang12\",\"2022\"],\"common\":\"2\"},\"2022-clang13\":{\"parents\":[\"2\",\"2-clang13\",\"2022\"],\"common\":\"2\"},\"2022-clang14\":{\"parents\":[\"2\",\"2-clang14\",\"2022\"],\"common\":\"2\"},\"2023-clang14\":{\"parents\":[\"3\",\"3-clang14\",\"2023\"],\"common\":\"3\"},\"2023-clang15\":{\"parents\":[\"3\",\"3-clang15\",\"2023\"],\"common\":\"3\",\"majorTag\":true},\"2024-clang16\":{\"parents\":[\"4\",\"4-clang16\",\"2024\"],\"common\":\"4\"},\"2024-clang17\":{\"parents\":[\"4\",\"4-clang17\",\"2024\"],\"common\":\"4\",\"majorTag\":true},\"2025-clang18\":{\"parents\":[\"5\",\"5-clang18\",\"2025\"],\"common\":\"5\"},\"2025-clang19\":{\"parents\":[\"5\",\"5-clang19\",\"2025\"],\"common\":\"5\",\"majorTag\":true},\"2026-clang19\":{\"parents\":[\"6\",\"6-clang19\",\"2026\"],\"common\":\"6\"},\"2026-clang20\":{\"parents\":[\"6\",\"6-clang20\",\"2026\"],\"common\":\"6\",\"majorTag\":true,\"tags\":[\"latest\"]}},\"images\":{\"baseos-gl-conan\":[\"3.3\",\"4.7\",\"5.6\",\"6.4\"],\"common\":[\"1-clang6.8\",\"1-clang7.8\",\"1-clang8.8\",\"1-clang9.8\",\"1-clang10.8\",\"2-clang10.5\",\"2-clang11.6\",\"2-clang12.1\",\"2-clang13.1\",\"2-clang14.0\",\"3-clang14.3\",\"3-clang15.3\",\"4-clang16.7\",\"4-clang17.7\",\"5-clang18.6\",\"5-clang19.6\",\"6-clang19.4\",\"6-clang20.4\"],\"base\":[\"2019.9\",\"2020.9\",\"2021.6\",\"2022.4\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"baseqt\":[\"2019.2\",\"2020.2\",\"2021.3\",\"2022.4\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"imath\":[\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"openexr\":[\"2019.8\",\"2020.8\",\"2021.5\",\"2022.3\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"openfx\":[\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"ocio\":[\"2019.9\",\"2020.8\",\"2021.6\",\"2022.4\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"oiio\":[\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"opencue\":[\"2019.10\",\"2020.10\",\"2021.7\",\"2022.3\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"rawtoaces\":[\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"usd\":[\"2019.9\",\"2020.8\",\"2021.6\",\"2022.4\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"otio\":[\"2019.3\",\"2020.3\",\"2021.5\",\"2022.3\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"materialx\":[\"2022.1\",\"2023.3\",\"2024.7\",\"2025.6\",\"2026.4\"],\"openrv\":[\"2024.7\",\"2025.6\",\"2026.4\"],\"osl\":[\"2019-clang6.5\",\"2019-clang7.5\",\"2019-clang8.5\",\"2019-clang9.5\",\"2019-clang10.5\",\"2020-clang7.5\",\"2021-clang10.7\",\"2021-clang11.7\",\"2022-clang10.11\",\"2022-clang11.11\",\"2022-clang12.2\",\"2022-clang13.2\",\"2022-clang14.1\",\"2023-clang14.3\",\"2023-clang15.3\",\"2024-clang16.7\",\"2024-clang17.7\",\"2025-clang18.6\",\"2025-clang19.6\",\"2026-clang19.4\",\"2026-clang20.4\"],\"openvdb\":[\"2019-clang6.8\",\"2019-clang7.8\",\"2019-clang8.8\",\"2019-clang9.8\",\"2020-clang7.8\",\"2021-clang10.6\",\"2022-clang10.12\",\"2022-clang11.12\",\"2022-clang12.3\",\"2022-clang13.3\",\"2022-clang14.2\",\"2023-clang14.3\",\"2023-clang15.3\",\"2024-clang16.7\",\"2024-clang17.7\",\"2025-clang18.6\",\"2025-clang19.6\",\"2026-clang19.4\",\"2026-clang20.4\"],\"vfxall\":[\"2019-clang6.12\",\"2019-clang7.12\",\"2019-clang8.12\",\"2019-clang9.12\",\"2020-clang7.10\",\"2021-clang10.7\",\"2022-clang10.13\",\"2022-clang11.13\",\"2022-clang12.4\",\"2022-clang13.4\",\"2022-clang14.3\",\"2023-clang14.3\",\"2023-clang15.3\",\"2024-clang16.7\",\"2024-clang17.7\",\"2025-clang18.6\",\"2025-clang19.6\",\"2026-clang19.4\",\"2026-clang20.4\"]}}");

;// CONCATENATED MODULE: ./src/container/catalog.ts


/**
 * How many years past the catalog's newest VFX year are taken as years aswf-docker published after this catalog was
 * made (used as the moving year tag, with a warning) rather than as mistakes (refused with the nearest year).
 */
const UNKNOWN_YEAR_SPAN = 3;
const DEFAULT_REGISTRY = 'docker.io/aswf';
/**
 * Refuses an image reference or registry that docker would read as an option (a leading `-`) or that holds
 * whitespace or control characters (no reference does): it reaches `docker pull` / `docker create` as an argument.
 */
function checkReference(input, value) {
    if (!value.startsWith('-') && !/[\s\p{Cc}]/u.test(value))
        return;
    const example = input === 'image'
        ? 'an image reference such as docker.io/aswf/ci-openexr:2025.6'
        : 'a registry and namespace such as docker.io/aswf (images are <registry>/ci-<project>:<tag>, e.g. docker.io/aswf/ci-openexr:2025.6)';
    throw new errors/* InputError */.dz(input, value, `${example}: not starting with -, without spaces or control characters`);
}
/** Names people use for a family, mapped to aswf-docker's image name. */
const ALIASES = {
    opencolorio: 'ocio',
    openimageio: 'oiio',
    opentimelineio: 'otio',
    openusd: 'usd',
    'open-shading-language': 'osl',
    vfx: 'vfxall',
    all: 'vfxall',
};
class Catalog {
    data;
    /** The warnings of the resolutions so far (each once), for callers that resolve many images (the plan action). */
    warnings = [];
    constructor(data = CATALOG_DATA) {
        this.data = data;
    }
    /** The newest VFX Reference Platform year the catalog has a version for. */
    get newestYear() {
        return Object.keys(this.data.versions).filter(isYear).sort().pop() ?? '';
    }
    /**
     * A year the catalog has no image of `family` for, but which was probably published since the catalog was made: after
     * the catalog's newest year by at most UNKNOWN_YEAR_SPAN, or the newest year itself when the family has no image of
     * it yet. Older years the family lacks are mistakes (or images aswf-docker no longer builds).
     */
    isNewerYear(family, year) {
        const newest = Number(this.newestYear);
        const y = Number(year);
        if (!/^\d{4}$/.test(year) || !(newest > 0) || y > newest + UNKNOWN_YEAR_SPAN)
            return false;
        const own = this.years(family);
        return y >= newest && y > Number(own[own.length - 1] ?? 0);
    }
    get families() {
        return Object.keys(this.data.images).sort();
    }
    /** The family for a project name (`openexr`, `ci-openexr`, `aswf/ci-openexr`, `OpenColorIO`), or an error. */
    family(project, input = 'project') {
        const name = project.trim().toLowerCase().replace(/^(.*\/)?ci-/, '');
        const family = ALIASES[name] ?? name;
        if (this.data.images[family])
            return family;
        throw new errors/* InputError */.dz(input, project, `an ASWF image family: ${this.families.join(', ')}${hint(name, this.families)}`);
    }
    tags(family) {
        return (this.data.images[family] ?? []).map(parseTag);
    }
    /** True for ci-common, whose tags name a ci-common major (`6-clang20`) rather than a VFX year. */
    byCommonMajor(tags) {
        return tags.every((t) => !isYear(t.major));
    }
    /** The VFX years the family has images for, ascending. */
    years(family) {
        const tags = this.tags(family);
        if (!this.byCommonMajor(tags))
            return unique(tags.map((t) => t.major)).sort();
        const majors = new Set(tags.map((t) => t.major));
        return Object.keys(this.data.versions)
            .filter((k) => isYear(k) && majors.has(this.data.versions[k]?.common ?? ''))
            .sort();
    }
    /**
     * `latest` or a year, as a year the family has (or an error). `latest-N` is not accepted here: in the plan action it
     * means the newest N+1 years, and one image cannot be N+1 years. A year probably published since the catalog was
     * made (`isNewerYear`) is returned as is: `resolve` then uses its moving tag, with a warning.
     */
    year(family, vfxYear, input = 'vfx-year') {
        const years = this.years(family);
        const value = vfxYear.trim();
        if (/^latest$/i.test(value)) {
            const year = years[years.length - 1];
            if (!year)
                throw new errors/* UserError */.yo(`ci-${family} has no VFX year images.`);
            return year;
        }
        if (!/^\d{4}$/.test(value)) {
            throw new errors/* InputError */.dz(input, vfxYear, `a VFX Reference Platform year such as 2025, or latest (ci-${family} has ${years.join(', ')})`);
        }
        if (!years.includes(value) && !this.isNewerYear(family, value)) {
            throw new errors/* UserError */.yo(`There is no ci-${family} image for VFX year ${value}: it exists for ${years.join(', ')}${hint(value, years)}.`);
        }
        return value;
    }
    /** The ASWF_* variables of a catalog version: its direct parents' own variables, then its own. */
    env(version) {
        const v = this.data.versions[version];
        const env = {};
        for (const parent of v?.parents ?? [])
            Object.assign(env, this.data.versions[parent]?.env);
        return Object.assign(env, v?.env);
    }
    /**
     * A year the catalog has no image of the family for (see `isNewerYear`): the moving tag (`2027`, `2027-clang21`; for
     * ci-common the year's ci-common major, guessed as the one after the newest when the catalog lacks the year, e.g.
     * `7`) under the registry, not pinned, nothing known of its packages, and a warning saying why.
     */
    unknownYear(family, year, tags, request) {
        const wanted = (request.variant ?? '').trim().toLowerCase();
        if (wanted && !tags.some((t) => t.variant !== '')) {
            throw new errors/* UserError */.yo(`Input 'variant': ci-${family} is not built per compiler, so it has no variant ${JSON.stringify(request.variant)}: leave 'variant' empty.`);
        }
        const newest = this.newestYear;
        let major = year;
        let guessed = '';
        if (this.byCommonMajor(tags)) {
            const known = this.data.versions[year]?.common;
            const newestCommon = Number(this.data.versions[newest]?.common ?? NaN);
            if (known)
                major = known;
            else if (Number.isFinite(newestCommon)) {
                major = String(newestCommon + Number(year) - Number(newest));
                guessed = ` (ci-common ${major}: guessed from ${newest} being ci-common ${newestCommon})`;
            }
            else
                throw new errors/* UserError */.yo(`There is no ci-${family} image for VFX year ${year}, and the catalog cannot tell which ci-common major it would be.`);
        }
        const tag = wanted ? `${major}-${wanted}` : major;
        const registry = (request.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
        const image = `${registry}/ci-${family}:${tag}`;
        const own = this.years(family);
        const warning = `The image catalog of this version of aswf/ci-actions has no ci-${family} image for VFX year ${year} ` +
            `(its newest ci-${family} year is ${own[own.length - 1] ?? 'none'}, its newest VFX year ${newest}): ` +
            `using ${image} as is${guessed}, not pinned to a YEAR.N build${request.pin === false ? '' : ' (pin: true cannot apply)'}, ` +
            `so a rebuild of that tag changes this job's image, and the catalog cannot check that the image exists. ` +
            `Update aswf/ci-actions to a release whose catalog has it, or name an exact tag with 'image'.`;
        if (!this.warnings.includes(warning))
            this.warnings.push(warning);
        return { image, family, tag, pinnedTag: tag, vfxYear: year, variant: wanted, baseOs: '', env: {}, warning };
    }
    majorTag(tag) {
        return this.data.versions[tag.version]?.majorTag === true;
    }
    resolve(request) {
        const family = this.family(request.project);
        const year = this.year(family, request.vfxYear);
        const tags = this.tags(family);
        const common = this.byCommonMajor(tags);
        if (!this.years(family).includes(year))
            return this.unknownYear(family, year, tags, request);
        const major = common ? (this.data.versions[year]?.common ?? '') : year;
        // One candidate per version (2025, 2025-clang19...), its highest build: the catalog may list builds in any order.
        const newest = new Map();
        for (const t of tags) {
            if (t.major !== major)
                continue;
            const seen = newest.get(t.version);
            if (!seen || t.build > seen.build)
                newest.set(t.version, t);
        }
        const candidates = [...newest.values()];
        const majorTagged = candidates.filter((t) => this.majorTag(t));
        const variants = candidates.map((t) => t.variant).filter((v) => v !== '');
        const wanted = (request.variant ?? '').trim().toLowerCase();
        let chosen;
        if (wanted) {
            if (variants.length === 0) {
                const input = request.variantInput ?? 'variant';
                throw new errors/* UserError */.yo(`Input '${input}': ci-${family} is not built per compiler, so it has no variant ${JSON.stringify(request.variant)}: leave '${input}' empty.`);
            }
            chosen = candidates.find((t) => t.variant === wanted);
            if (!chosen) {
                throw new errors/* UserError */.yo(`There is no ci-${family} image for VFX year ${year} with variant ${wanted}: the variants for ${year} are ${variants.join(', ')}${hint(wanted, variants)}.`);
            }
        }
        else {
            // ci-common: the compiler of the VFX year's platform (its parents, e.g. 2025 → 5-clang18); other families: the
            // variant the moving major tag points at (e.g. ci-osl:2025 → 2025-clang19).
            const platform = this.data.versions[year]?.parents ?? [];
            chosen =
                (common ? candidates.find((t) => platform.includes(t.version)) : undefined) ??
                    (majorTagged.length === 1 ? majorTagged[0] : undefined) ??
                    candidates.find((t) => t.variant === '') ??
                    [...candidates].sort((a, b) => trailingNumber(b.variant) - trailingNumber(a.variant))[0];
        }
        if (!chosen)
            throw new errors/* UserError */.yo(`There is no ci-${family} image for VFX year ${year}.`);
        const pinnedTag = `${chosen.version}.${chosen.build}`;
        // Unpinned: the moving tag, the major alone when the major tag points at the chosen (default) variant.
        const majorTagHere = chosen.variant === '' || (this.majorTag(chosen) && majorTagged.length === 1);
        const tag = request.pin === false ? (!wanted && majorTagHere ? chosen.major : chosen.version) : pinnedTag;
        const registry = (request.registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
        const env = this.env(chosen.version);
        return {
            image: `${registry}/ci-${family}:${tag}`,
            family,
            tag,
            pinnedTag,
            vfxYear: year,
            variant: chosen.variant,
            baseOs: env.ASWF_BASEOS_DISTRO ?? '',
            env,
        };
    }
}
function parseTag(tag) {
    const dot = tag.lastIndexOf('.');
    const version = tag.slice(0, dot);
    const dash = version.indexOf('-');
    return {
        version,
        major: dash < 0 ? version : version.slice(0, dash),
        variant: dash < 0 ? '' : version.slice(dash + 1),
        build: Number(tag.slice(dot + 1)),
    };
}
/**
 * The `versions` output: ASWF_<NAME>_VERSION variables as `{name: version}` (`cmake`, `clang`, `cuda`, `cpython`...),
 * plus `gcc` (the devtoolset / gcc-toolset major) and `python` (CPython) under the names people look for.
 */
function versionsFromEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        const m = /^ASWF_([A-Z0-9_]+)_VERSION$/.exec(name);
        if (m?.[1] && value !== undefined && value !== '')
            out[m[1].toLowerCase()] = value;
    }
    if (out.dts && !out.gcc)
        out.gcc = out.dts;
    if (out.cpython && !out.python)
        out.python = out.cpython;
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
/** `KEY=VALUE` lines (docker's Config.Env) as a map. */
function envFromList(list) {
    const env = {};
    for (const item of list) {
        const eq = item.indexOf('=');
        if (eq > 0)
            env[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return env;
}
const isYear = (s) => /^(19|20)\d\d$/.test(s);
const unique = (items) => [...new Set(items)];
const trailingNumber = (s) => Number(/(\d+)$/.exec(s)?.[1] ?? -1);
/** The option closest to `value`: by number for years and compiler variants (`clang20` → `clang19`), else by spelling. */
function nearest(value, options) {
    const prefix = (s) => s.replace(/\d+$/, '');
    const numeric = /\d+$/.test(value) ? options.filter((o) => /\d+$/.test(o) && prefix(o) === prefix(value)) : [];
    if (numeric.length) {
        const n = trailingNumber(value);
        return [...numeric].sort((a, b) => Math.abs(trailingNumber(a) - n) - Math.abs(trailingNumber(b) - n) || trailingNumber(b) - trailingNumber(a))[0];
    }
    let best;
    let bestDistance = Infinity;
    for (const option of options) {
        const d = editDistance(value, option);
        if (d < bestDistance)
            [best, bestDistance] = [option, d];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 2)) ? best : undefined;
}
function hint(value, options) {
    const near = nearest(value, options);
    return near ? ` (nearest: ${near})` : '';
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}


/***/ })

};
