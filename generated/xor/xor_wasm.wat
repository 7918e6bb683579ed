(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (memory $0 1 1)
 (export "memory" (memory $0))
 (export "xor" (func $xor))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local.set $1
   (f32x4.nearest
    (f32x4.mul
     (local.tee $0
      (f32x4.max
       (f32x4.min
        (local.get $0)
        (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
       )
       (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
      )
     )
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (f32x4.mul
   (f32x4.mul
    (f32x4.add
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
                 (local.tee $0
                  (f32x4.sub
                   (f32x4.sub
                    (local.get $0)
                    (f32x4.mul
                     (local.get $1)
                     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
                    )
                   )
                   (f32x4.mul
                    (local.get $1)
                    (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
                   )
                  )
                 )
                )
                (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
               )
               (local.get $0)
              )
              (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
             )
             (local.get $0)
            )
            (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
           )
           (local.get $0)
          )
          (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
         )
         (local.get $0)
        )
        (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
       )
       (f32x4.mul
        (local.get $0)
        (local.get $0)
       )
      )
      (local.get $0)
     )
     (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    )
    (i32x4.shl
     (i32x4.add
      (local.tee $1
       (i32x4.shr_s
        (local.tee $0
         (i32x4.trunc_sat_f32x4_s
          (local.get $1)
         )
        )
        (i32.const 1)
       )
      )
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $0)
      (local.get $1)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local.set $2
   (f32x4.lt
    (local.tee $1
     (v128.or
      (v128.and
       (local.tee $5
        (v128.bitselect
         (f32x4.mul
          (local.get $0)
          (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
         )
         (local.get $0)
         (local.tee $4
          (f32x4.lt
           (local.get $0)
           (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
          )
         )
        )
       )
       (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
      )
      (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
     )
    )
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (f32x4.mul
    (local.tee $1
     (f32x4.sub
      (f32x4.add
       (local.get $1)
       (v128.and
        (local.get $1)
        (local.get $2)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
    (local.get $1)
   )
  )
  (v128.bitselect
   (local.get $0)
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (v128.bitselect
     (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     (f32x4.add
      (f32x4.add
       (local.get $1)
       (f32x4.sub
        (f32x4.add
         (f32x4.mul
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (f32x4.add
                        (f32x4.mul
                         (f32x4.add
                          (f32x4.mul
                           (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                           (local.get $1)
                          )
                          (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                         )
                         (local.get $1)
                        )
                        (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                       )
                       (local.get $1)
                      )
                      (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
                     )
                     (local.get $1)
                    )
                    (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
                   )
                   (local.get $1)
                  )
                  (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
                 )
                 (local.get $1)
                )
                (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
               )
               (local.get $1)
              )
              (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
             )
             (local.get $1)
            )
            (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
           )
           (local.get $1)
          )
          (local.get $3)
         )
         (f32x4.mul
          (local.tee $1
           (f32x4.convert_i32x4_s
            (i32x4.add
             (i32x4.sub
              (i32x4.sub
               (i32x4.shr_u
                (local.get $5)
                (i32.const 23)
               )
               (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
              )
              (v128.and
               (local.get $4)
               (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
              )
             )
             (local.get $2)
            )
           )
          )
          (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
         )
        )
        (f32x4.mul
         (local.get $3)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
      )
      (f32x4.mul
       (local.get $1)
       (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
      )
     )
     (f32x4.eq
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (v128.or
   (v128.bitselect
    (f32x4.add
     (f32x4.mul
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
               (local.tee $1
                (f32x4.mul
                 (local.get $0)
                 (local.get $0)
                )
               )
              )
              (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
             )
             (local.get $1)
            )
            (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
           )
           (local.get $1)
          )
          (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
         )
         (local.get $1)
        )
        (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
       )
       (local.get $1)
      )
      (local.get $0)
     )
     (local.get $0)
    )
    (f32x4.sub
     (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     (f32x4.div
      (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
      (f32x4.add
       (call $gf_exp_f32x4
        (f32x4.add
         (local.tee $1
          (f32x4.abs
           (local.get $0)
          )
         )
         (local.get $1)
        )
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
     )
    )
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $k0_hidden_matmul_add_mul_tanh_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (loop $k4
   (local.set $2
    (f32x4.add
     (local.get $2)
     (f32x4.mul
      (v128.load32_splat offset=64
       (local.get $0)
      )
      (local.tee $6
       (v128.load64_zero align=4
        (local.get $1)
       )
      )
     )
    )
   )
   (local.set $3
    (f32x4.add
     (local.get $3)
     (f32x4.mul
      (v128.load32_splat offset=72
       (local.get $0)
      )
      (local.get $6)
     )
    )
   )
   (local.set $4
    (f32x4.add
     (local.get $4)
     (f32x4.mul
      (v128.load32_splat offset=80
       (local.get $0)
      )
      (local.get $6)
     )
    )
   )
   (local.set $5
    (f32x4.add
     (local.get $5)
     (f32x4.mul
      (v128.load32_splat offset=88
       (local.get $0)
      )
      (local.get $6)
     )
    )
   )
   (local.set $0
    (i32.add
     (local.get $0)
     (i32.const 4)
    )
   )
   (br_if $k4
    (i32.ne
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 8)
      )
     )
     (i32.const 16)
    )
   )
  )
  (v128.store64_lane offset=112 align=4 0
   (i32.const 0)
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (f32x4.add
        (local.get $2)
        (v128.load align=4
         (i32.const 16)
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store64_lane offset=120 align=4 0
   (i32.const 0)
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (f32x4.add
        (local.get $3)
        (v128.load align=4
         (i32.const 16)
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store64_lane offset=128 align=4 0
   (i32.const 0)
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (f32x4.add
        (local.get $4)
        (v128.load align=4
         (i32.const 16)
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store64_lane offset=136 align=4 0
   (i32.const 0)
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (f32x4.add
        (local.get $5)
        (v128.load align=4
         (i32.const 16)
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
 )
 (func $k1_out_matmul_add_mul_tanh_gemm
  (local $0 v128)
  (local $1 v128)
  (local $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (loop $k4
   (local.set $0
    (f32x4.add
     (local.get $0)
     (f32x4.mul
      (v128.load32_splat offset=112
       (local.get $2)
      )
      (local.tee $3
       (v128.load32_zero offset=32
        (local.get $4)
       )
      )
     )
    )
   )
   (local.set $1
    (f32x4.add
     (local.get $1)
     (f32x4.mul
      (v128.load32_splat offset=120
       (local.get $2)
      )
      (local.get $3)
     )
    )
   )
   (local.set $5
    (f32x4.add
     (local.get $5)
     (f32x4.mul
      (v128.load32_splat offset=128
       (local.get $2)
      )
      (local.get $3)
     )
    )
   )
   (local.set $6
    (f32x4.add
     (local.get $6)
     (f32x4.mul
      (v128.load32_splat offset=136
       (local.get $2)
      )
      (local.get $3)
     )
    )
   )
   (local.set $2
    (i32.add
     (local.get $2)
     (i32.const 4)
    )
   )
   (br_if $k4
    (i32.ne
     (local.tee $4
      (i32.add
       (local.get $4)
       (i32.const 4)
      )
     )
     (i32.const 8)
    )
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (local.tee $0
        (f32x4.add
         (local.get $0)
         (v128.load32_splat offset=48
          (i32.const 0)
         )
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store32_lane offset=64 0
   (i32.const 0)
   (local.get $0)
  )
  (v128.store32_lane offset=80 0
   (i32.const 0)
   (local.get $3)
  )
  (local.set $1
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (local.tee $0
        (f32x4.add
         (local.get $1)
         (v128.load32_splat offset=48
          (i32.const 0)
         )
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store32_lane offset=64 0
   (i32.const 4)
   (local.get $0)
  )
  (v128.store32_lane offset=84 0
   (i32.const 0)
   (local.get $1)
  )
  (local.set $1
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (local.tee $0
        (f32x4.add
         (local.get $5)
         (v128.load32_splat offset=48
          (i32.const 0)
         )
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store32_lane offset=64 0
   (i32.const 8)
   (local.get $0)
  )
  (v128.store32_lane offset=88 0
   (i32.const 0)
   (local.get $1)
  )
  (local.set $1
   (f32x4.add
    (f32x4.mul
     (call $gf_tanh_f32x4
      (f32x4.mul
       (local.tee $0
        (f32x4.add
         (local.get $6)
         (v128.load32_splat offset=48
          (i32.const 0)
         )
        )
       )
       (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
      )
     )
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (v128.store32_lane offset=64 0
   (i32.const 12)
   (local.get $0)
  )
  (v128.store32_lane offset=92 0
   (i32.const 0)
   (local.get $1)
  )
 )
 (func $k2_abs_add_mul_5more
  (local $0 i32)
  (local $1 i32)
  (local $2 f32)
  (local $3 f32)
  (loop $for0
   (f32.store offset=112
    (local.tee $1
     (i32.shl
      (local.get $0)
      (i32.const 2)
     )
    )
    (f32.add
     (f32.sub
      (f32.add
       (f32.mul
        (f32.add
         (local.tee $2
          (f32.load offset=64
           (local.get $1)
          )
         )
         (local.tee $3
          (f32.abs
           (local.get $2)
          )
         )
        )
        (f32.const 0.5)
       )
       (f32x4.extract_lane 0
        (call $gf_log_f32x4
         (f32x4.splat
          (f32.add
           (f32x4.extract_lane 0
            (call $gf_exp_f32x4
             (f32x4.splat
              (f32.neg
               (local.get $3)
              )
             )
            )
           )
           (f32.const 1)
          )
         )
        )
       )
      )
      (f32.mul
       (local.get $2)
       (f32.load offset=96
        (local.get $1)
       )
      )
     )
     (f32.const 0)
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 4)
    )
   )
  )
 )
 (func $k3_reduceSum_div
  (local $0 f32)
  (local $1 i32)
  (loop $for0
   (local.set $0
    (f32.add
     (local.get $0)
     (f32.load offset=112
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 4)
    )
   )
  )
  (f32.store
   (i32.const 96)
   (f32.mul
    (local.get $0)
    (f32.const 0.25)
   )
  )
 )
 (func $xor
  (call $k0_hidden_matmul_add_mul_tanh_gemm)
  (call $k1_out_matmul_add_mul_tanh_gemm)
  (call $k2_abs_add_mul_5more)
  (call $k3_reduceSum_div)
 )
)
